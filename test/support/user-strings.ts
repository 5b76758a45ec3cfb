/**
 * Every text of the source that a user of the pane or of `lkj` can read: JSX text (one string per
 * element, an expression inside it as "…"), the values of JSX props that are read or spoken
 * (label, hint, aria-label …), and every string literal, template or `+` chain of them that reads
 * as words (two words or more: a single word in code is an identifier, a key or a CSS value).
 * Comments are not in the syntax tree, so they are never listed. The pages' HTML text and the
 * manifest's strings are listed as well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface UserString {
  /** `src/taskpane/App.tsx:12`. */
  where: string;
  text: string;
}

const root = path.resolve(__dirname, '../..');

/** JSX props whose value a user reads or hears, whatever its length. */
const READ_PROPS = new Set([
  'label',
  'hint',
  'title',
  'placeholder',
  'validationMessage',
  'alt',
  'aria-label',
  'aria-description',
  'aria-valuetext',
]);

/** Two words or more: text, not an identifier, a key, a path or a single CSS value. */
const PROSE = /\p{L}{2,}[,:;.!?)]?\s+[(“"]?\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Module-level string constants of src/ by name (names given twice are left out): a usage text
 * built from a shared part is read whole.
 */
let constants = new Map<string, string | null>();

/**
 * The text of a literal, a template (its expressions as "…"), a known constant or a `+` chain of
 * them; else null.
 */
function textOf(node: ts.Node): string | null {
  if (ts.isIdentifier(node)) return constants.get(node.text) ?? null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
  }
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = textOf(node.left);
    const right = textOf(node.right);
    if (
      (left === null || ts.isIdentifier(node.left)) &&
      (right === null || ts.isIdentifier(node.right))
    )
      return null;
    return (left ?? '…') + (right ?? '…');
  }
  return null;
}

/** Whether the literal is code, never shown: a module name, a key, a type, a test id. */
function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isJsxAttribute(parent)) {
    const name = parent.name.getText();
    return name === 'data-testid' || name === 'className' || name === 'key';
  }
  return false;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const parse = (file: string) =>
  ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

function collectConstants(source: ts.SourceFile, into: Map<string, string | null>): void {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const text = textOf(declaration.initializer);
      if (text === null) continue;
      const name = declaration.name.text;
      into.set(name, into.has(name) ? null : text);
    }
  }
}

function fromSource(source: ts.SourceFile): UserString[] {
  const file = source.fileName;
  const found: UserString[] = [];
  const add = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ where: `${path.relative(root, file)}:${line}`, text: squash(text) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node)) {
      const text = node.children
        .map((child) => {
          if (ts.isJsxText(child)) return child.text;
          const literal = ts.isJsxExpression(child) && child.expression && textOf(child.expression);
          return typeof literal === 'string' ? literal : ' … ';
        })
        .join('');
      if (/\p{L}/u.test(text)) add(node, text);
    }
    if (ts.isJsxAttribute(node) && READ_PROPS.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer)
        ? node.initializer.expression && textOf(node.initializer.expression)
        : textOf(node.initializer);
      if (value) add(node, value);
    }
    const text = ts.isIdentifier(node) ? null : textOf(node);
    if (text !== null && !isCode(node)) {
      // The longest chain only: its parts are not listed again.
      const parent = node.parent;
      const inChain =
        (ts.isBinaryExpression(parent) || ts.isParenthesizedExpression(parent)) &&
        textOf(parent) !== null;
      if (!inChain && PROSE.test(text)) add(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Text between tags, comments and scripts left out. */
function fromMarkup(file: string, pattern: RegExp): UserString[] {
  const text = readFileSync(path.join(root, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(pattern)]
    .map((match) => squash(match[1]))
    .filter((value) => /\p{L}/u.test(value))
    .map((value) => ({ where: file, text: value }));
}

/** Everything the pane (with its pages) and `lkj` can show: all of src/, since both show it all. */
export function userStrings(): UserString[] {
  const sources = sourceFiles(path.join(root, 'src')).map(parse);
  constants = new Map();
  // Twice: a constant built from another one declared in a file read later is whole the second time.
  for (let pass = 0; pass < 2; pass++) {
    const found = new Map<string, string | null>();
    for (const source of sources) collectConstants(source, found);
    constants = found;
  }
  return [
    ...sources.flatMap(fromSource),
    ...['src/taskpane/index.html', 'src/taskpane/taskpane.html'].flatMap((file) =>
      fromMarkup(file, />([^<>]+)</g),
    ),
    ...fromMarkup('manifest.xml', /DefaultValue="([^"]*)"/g).filter(
      (entry) => !/^https?:/.test(entry.text),
    ),
  ];
}
