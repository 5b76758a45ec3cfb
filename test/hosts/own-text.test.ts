import { ownText } from '../../src/hosts/xlsx/read-parts';

describe('ownText', () => {
  // A chunk as the tokenizer scans it: the texts below are slices of it, as the readers get them.
  const chunk = `<t>${'Persentase layanan kesehatan dasar '.repeat(3)}</t><t>😀 Capaian ≥ 100 %</t>`;
  it.each<[string, string]>([
    ['empty', ''],
    ['shorter than a view', 'Sasaran 1'],
    ['twelve characters', 'abcdefghijkl'],
    ['thirteen characters', 'abcdefghijklm'],
    ['a long slice of a chunk', chunk.slice(3, 3 + 105)],
    ['a surrogate pair first', chunk.slice(chunk.indexOf('😀'), chunk.lastIndexOf('</t>'))],
    ['a lone high surrogate last', `${'x'.repeat(20)}\uD83D`],
  ])('keeps %s as it is', (_, text) => {
    const own = ownText(text);
    expect(own).toBe(text);
    expect(own.length).toBe(text.length);
  });
});
