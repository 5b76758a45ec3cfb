/**
 * The .xlsx reader's XML tokenizer on its own: what it hands a reader for each construct, the
 * same events whatever the chunks the text comes in, and what it refuses (each refusal the
 * reader's Indonesian message). Through the real reader at the end.
 */
import { readXlsx, WorkbookReadError } from '../../src/hosts/xlsx/read';
import {
  MAX_ATTRIBUTES,
  MAX_DEPTH,
  MAX_HELD,
  XmlTokens,
  type PartReader,
} from '../../src/hosts/xlsx/xml-tokens';
import { sheetXml, xlsxPackage } from '../support/hostile-xlsx';

/**
 * The events of `xml` fed in `chunks`, one string each: `<name a=1 b=2>`, `</name>`, `"text"`
 * (adjacent texts joined, as a reader joins them). `wants` chooses the elements whose text is
 * asked for (default: every element).
 */
function events(chunks: string[], wants: (name: string) => boolean = () => true): string[] {
  const seen: string[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length > 0) seen.push(`"${text.join('')}"`);
    text = [];
  };
  const reader: PartReader = {
    open(name, attributes) {
      flush();
      const pairs = Object.keys(attributes).map((key) => ` ${key}=${attributes[key]}`);
      seen.push(`<${name}${pairs.join('')}>`);
      return wants(name);
    },
    close(name) {
      flush();
      seen.push(`</${name}>`);
    },
    text(piece) {
      text.push(piece);
    },
  };
  const tokens = new XmlTokens(reader);
  for (const chunk of chunks) tokens.write(chunk);
  tokens.end();
  flush();
  return seen;
}

const whole = (xml: string, wants?: (name: string) => boolean) => events([xml], wants);

/** `xml` cut into pieces of `size` characters. */
function pieces(xml: string, size: number): string[] {
  const cut: string[] = [];
  for (let at = 0; at < xml.length; at += size) cut.push(xml.slice(at, at + size));
  return cut;
}

function refused(chunks: string[]): void {
  expect(() => events(chunks)).toThrow(WorkbookReadError);
  expect(() => events(chunks)).toThrow(/Berkas .xlsx rusak atau isinya tidak dapat dibaca/);
}

describe('what the reader is handed', () => {
  test.each<[string, string, string[]]>([
    [
      'the five predefined entities',
      '<a>&lt;&gt;&amp;&apos;&quot;</a>',
      ['<a>', '"<>&\'""', '</a>'],
    ],
    [
      'decimal and hexadecimal character references, leading zeros, beyond the BMP',
      '<a>&#65;&#x42;&#x62;&#0067;&#x1F600;</a>',
      ['<a>', '"ABbC😀"', '</a>'],
    ],
    [
      'character references keep CR and LF as written',
      '<a>&#13;&#10;</a>',
      ['<a>', '"\r\n"', '</a>'],
    ],
    [
      'CR LF and a lone CR in text read as LF',
      '<a>1\r\n2\r3\n4</a>',
      ['<a>', '"1\n2\n3\n4"', '</a>'],
    ],
    [
      'attribute values: entities expanded, literal whitespace one space each, CR LF one space',
      '<a b="x&amp;y" c=\'1&#10;2\' d="p\tq\r\nr\ns"/>',
      ['<a b=x&y c=1\n2 d=p q r s>', '</a>'],
    ],
    [
      'whitespace around = and between attributes, single quotes',
      '<a b = "1"\n c\t=\t\'2\'\r\n/>',
      ['<a b=1 c=2>', '</a>'],
    ],
    [
      'a quote of the other kind and > inside a value',
      '<a b=\'say "hi"\' c="x>y" d="it\'s"/>',
      ['<a b=say "hi" c=x>y d=it\'s>', '</a>'],
    ],
    [
      'names as written, prefixes kept',
      '<x:a xmlns:x="u" r:id="rId1" x14ac:dyDescent="0.25"><x:b/></x:a >',
      ['<x:a xmlns:x=u r:id=rId1 x14ac:dyDescent=0.25>', '<x:b>', '</x:b>', '</x:a>'],
    ],
    [
      'CDATA delivered as text, markup and entities inside it left as they are',
      '<a>x<![CDATA[<b>&amp;]]]]><![CDATA[]]>y</a>',
      ['<a>', '"x<b>&amp;]]y"', '</a>'],
    ],
    [
      'comments skipped, `>` and `-` inside them',
      '<!-- before --><a><!-- x > y - z --><!----></a><!-- after -->',
      ['<a>', '</a>'],
    ],
    [
      'the XML declaration first, processing instructions anywhere',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?pi data?><a><?x y ?></a><?z?>',
      ['<a>', '</a>'],
    ],
    ['whitespace around the root', '\r\n <a/>\n\t', ['<a>', '</a>']],
    [
      'names beyond ASCII',
      '<é·b\u00b7c><\u4e2d\u6587 \u00e0="1"/></é·b\u00b7c>',
      ['<é·b·c>', '<中文 à=1>', '</中文>', '</é·b·c>'],
    ],
    [
      'attributes named like Object.prototype members are plain attributes',
      '<a constructor="1" toString="2" __proto__="3"/>',
      ['<a constructor=1 toString=2 __proto__=3>', '</a>'],
    ],
  ])('%s', (_, xml, expected) => {
    expect(whole(xml)).toEqual(expected);
  });

  test('text only inside the elements that ask for it, nested elements included', () => {
    const xml = '<r>a<t>b<u>c</u>d</t>e<u>f</u></r>';
    expect(whole(xml, (name) => name === 't')).toEqual([
      '<r>',
      '<t>',
      '"b"',
      '<u>',
      '"c"',
      '</u>',
      '"d"',
      '</t>',
      '<u>',
      '</u>',
      '</r>',
    ]);
  });

  test('a long text streams through in pieces, none held back', () => {
    const text = 'x'.repeat(MAX_HELD + 10);
    expect(events(['<a>', ...pieces(text, 32 * 1024), '</a>'])).toEqual([
      '<a>',
      `"${text}"`,
      '</a>',
    ]);
  });

  test('a long value is read whole within the bound', () => {
    const value = 'A1:B2 '.repeat(100_000).trim();
    expect(events(pieces(`<a sqref="${value}"/>`, 32 * 1024))[0]).toBe(`<a sqref=${value}>`);
  });
});

describe('the same events whatever the chunks', () => {
  const documents = [
    '<?xml version="1.0"?>\r\n<!-- c - -->' +
      '<x:r a="1" b=\'&lt;2&gt;\'  c = "p\r\nq" ><c r="A1" t="s"><v>12</v></c>' +
      '<t>&amp;&#x1F600;&#65;x\r\ny]</t><![CDATA[a]]b]]><?pi  z?><e/><f ></f ></x:r >\n',
    '<a>]]&gt;]</a>',
  ];

  test.each(documents)('%j in chunks of every size and cut at every position', (xml) => {
    const expected = whole(xml);
    for (let size = 1; size < xml.length; size++) {
      expect([size, events(pieces(xml, size))]).toEqual([size, expected]);
    }
    for (let at = 1; at < xml.length; at++) {
      expect([at, events([xml.slice(0, at), xml.slice(at)])]).toEqual([at, expected]);
    }
  });

  test.each(['<a>&amp</a>', '<a><!-- x -- y --></a>', '<a b="1" b="2"/>', '<a>]]></a>'])(
    'a refusal in %j stays a refusal in chunks of every size',
    (xml) => {
      for (let size = 1; size <= xml.length; size++) refused(pieces(xml, size));
    },
  );
});

describe('refused', () => {
  test.each<[string, string]>([
    ['a document type', '<!DOCTYPE a><a/>'],
    ['a document type declaring entities', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['a document type inside the root', '<a><!DOCTYPE b></a>'],
    ['another declaration', '<a><!ELEMENT a ANY></a>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['an undefined entity in a value', '<a b="&x;"/>'],
    ['an undefined entity where no text is wanted', '<a><b>&x;</b></a>'],
    ['an entity named like an Object.prototype member', '<a>&constructor;</a>'],
    ['an empty entity', '<a>&;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an entity without its semicolon', '<a>&amp</a>'],
    ['a character reference without digits', '<a>&#;</a>'],
    ['a hexadecimal reference without digits', '<a>&#x;</a>'],
    ['an uppercase X in a reference', '<a>&#X41;</a>'],
    ['a non-digit in a reference', '<a>&#12a;</a>'],
    ['a reference to NUL', '<a>&#0;</a>'],
    ['a reference to a control character', '<a>&#x1;</a>'],
    ['a reference to a surrogate', '<a>&#xD800;</a>'],
    ['a reference to U+FFFE', '<a>&#xFFFE;</a>'],
    ['a reference beyond U+10FFFF', '<a>&#x110000;</a>'],
    ['a reference of many digits', '<a>&#99999999999;</a>'],
    ['a reference longer than any real one', `<a>&#${'0'.repeat(100)}65;</a>`],
    ['a control character in text', '<a>\u0001</a>'],
    ['NUL in a value', '<a b="\u0000"/>'],
    ['U+FFFF in text', '<a>\uffff</a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['a closing tag for no open element', '<a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['a closing tag before any element', '</a>'],
    ['a closing tag with the name as a prefix', '<ab></a>'],
    ['a closing tag with more than the name', '<a></ab>'],
    ['an empty closing tag', '<a></>'],
    ['a second root', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['text before the root', 'x<a/>'],
    ['an entity outside the root', '&amp;<a/>'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>'],
    ['no root at all', ''],
    ['only whitespace and a comment', ' <!-- c --> '],
    ['an unterminated start tag', '<a'],
    ['an unterminated value', '<a b="1'],
    ['an unterminated closing tag', '<a></a'],
    ['an unterminated comment', '<a><!-- x'],
    ['an unterminated CDATA section', '<a><![CDATA[x'],
    ['an unterminated processing instruction', '<?pi x'],
    ['an unterminated entity', '<a>&am'],
    ['a lone <', '<a><'],
    ['a value without quotes', '<a b=1/>'],
    ['an attribute without a value', '<a b/>'],
    ['an attribute without =', '<a b "1"/>'],
    ['attributes without whitespace between them', '<a b="1"c="2"/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['< in a value', '<a b="<"/>'],
    ['a slash not closing the tag', '<a/ >'],
    ['a name starting with a digit', '<1a/>'],
    ['an attribute name starting with a digit', '<a 1b="x"/>'],
    ['whitespace before the name', '< a/>'],
    ['whitespace before a closing name', '<a></ a>'],
    ['a bad character after the name', '<a!/>'],
    ['-- inside a comment', '<a><!-- a -- b --></a>'],
    ['a comment ending in ---', '<a><!-- a ---></a>'],
    [']]> in text', '<a>]]></a>'],
    ['the XML declaration after whitespace', ' <?xml version="1.0"?><a/>'],
    ['the XML declaration inside the root', '<a><?xml version="1.0"?></a>'],
    ['an XML declaration in capitals', '<?XML version="1.0"?><a/>'],
    ['a processing instruction without a target', '<a><? x?></a>'],
    ['a processing instruction target with a bad character', '<a><?x>y?></a>'],
  ])('%s', (_, xml) => {
    refused([xml]);
  });

  test('nesting up to MAX_DEPTH is read, one level more refused', () => {
    const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(whole(nested(MAX_DEPTH))).toHaveLength(2 * MAX_DEPTH);
    refused([nested(MAX_DEPTH + 1)]);
  });

  test('MAX_ATTRIBUTES attributes are read, one more refused', () => {
    const element = (count: number) =>
      `<a${Array.from({ length: count }, (_, i) => ` n${i}="${i}"`).join('')}/>`;
    expect(whole(element(MAX_ATTRIBUTES))[0]).toContain(` n${MAX_ATTRIBUTES - 1}=`);
    refused([element(MAX_ATTRIBUTES + 1)]);
  });

  test.each<[string, string, string]>([
    ['a value', '<a b="', '"/>'],
    ['a comment', '<a><!--', '--></a>'],
    ['a CDATA section', '<a><![CDATA[', ']]></a>'],
    ['a processing instruction', '<a><?pi ', '?></a>'],
  ])('%s longer than MAX_HELD, coming in chunks, is refused', (_, head, tail) => {
    const body = pieces('x'.repeat(MAX_HELD), 32 * 1024);
    refused([head, ...body, tail]);
  });
});

describe('through the real reader', () => {
  const refusal = async (sheet: string) => {
    const bytes = xlsxPackage({ sheets: { Data: sheet } });
    await expect(readXlsx(bytes)).rejects.toThrow(
      /Berkas .xlsx rusak atau isinya tidak dapat dibaca/,
    );
  };

  test('a sheet with a document type declaring entities is refused', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' +
      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    await refusal(
      laughs +
        sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>').replace(
          /^<\?xml[^>]*>/,
          '',
        ),
    );
  });

  test('a sheet with mismatched tags is refused', async () => {
    await refusal(sheetXml('<row r="1"><c r="A1"><v>1</c></v></row>'));
  });

  test('entities, character references and CDATA reach the cells', async () => {
    const bytes = xlsxPackage({
      sheets: {
        Data: sheetXml(
          '<row r="1">' +
            '<c r="A1" t="inlineStr"><is><t>R&amp;D &#8211; &lt;b&gt;</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><t><![CDATA[x < y]]></t></is></c>' +
            '<c r="C1"><v>&#52;2</v></c>' +
            '</row>',
        ),
      },
    });
    const sheet = (await readXlsx(bytes)).sheets[0];
    expect([sheet.value(1, 1), sheet.value(1, 2), sheet.value(1, 3)]).toEqual([
      'R&D – <b>',
      'x < y',
      42,
    ]);
  });
});
