import { ownText, ownTexts } from '../../src/hosts/xlsx/read-parts';

// A chunk as the tokenizer scans it: the texts below are slices of it, as the readers get them.
const chunk = `<t>${'Persentase layanan kesehatan dasar '.repeat(3)}</t><t>😀 Capaian ≥ 100 %</t>`;
const texts: [string, string][] = [
  ['empty', ''],
  ['shorter than a view', 'Sasaran 1'],
  ['twelve characters', 'abcdefghijkl'],
  ['thirteen characters', 'abcdefghijklm'],
  ['a long slice of a chunk', chunk.slice(3, 3 + 105)],
  ['a surrogate pair first', chunk.slice(chunk.indexOf('😀'), chunk.lastIndexOf('</t>'))],
  ['a lone high surrogate last', `${'x'.repeat(20)}\uD83D`],
  ['quotes, backslashes and a line break', 'Kata "kunci" \\ baris\nkedua, tab\t'],
];

describe('ownText', () => {
  it.each(texts)('keeps %s as it is', (_, text) => {
    const own = ownText(text);
    expect(own).toBe(text);
    expect(own.length).toBe(text.length);
  });
});

describe('ownTexts', () => {
  it.each(texts)('keeps %s as it is, among other strings and nulls', (_, text) => {
    const values = [null, text, 'lain', null];
    expect(ownTexts(values)).toEqual([null, text, 'lain', null]);
  });
});
