/** Golongan ↔ pangkat of PNS (DOMAIN section 7). */

const PANGKAT: Record<string, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

const GOLONGAN = /\b(IV|III|II|I)\s*[/\-.]?\s*([a-e])\b/i;

/** `III/C`, `III / c`, `III-c` → `III/c`; undefined when the text holds no golongan. */
export function normalizeGolongan(golongan: string): string | undefined {
  const match = GOLONGAN.exec(golongan.trim());
  if (!match) return undefined;
  const key = `${match[1].toUpperCase()}/${match[2].toLowerCase()}`;
  return key in PANGKAT ? key : undefined;
}

export function pangkatForGolongan(golongan: string): string | undefined {
  const key = normalizeGolongan(golongan);
  return key === undefined ? undefined : PANGKAT[key];
}

/** `Penata Tk. I`, `penata tingkat 1` and `Penata Tingkat I (III/d)` all mean `Penata Tingkat I`. */
function pangkatKey(pangkat: string): string {
  return pangkat
    .replace(/[(,]?\s*\b(IV|III|II|I)\s*\/\s*[a-e]\b\)?/gi, ' ')
    .toLowerCase()
    .replace(/\btkt?\.?(?=\s|$|[ivx1])/g, ' tingkat ')
    .replace(/\btingkat\s*(1|i)\b/g, 'tingkat i')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

export function pangkatMatchesGolongan(pangkat: string, golongan: string): boolean {
  const expected = pangkatForGolongan(golongan);
  return expected !== undefined && pangkatKey(pangkat) === pangkatKey(expected);
}

const PANGKAT_NAMES = new Set(Object.values(PANGKAT).map((name) => name.toLowerCase()));

/**
 * A line that is only a pangkat, as written under a name in a signature block: `PEMBINA UTAMA
 * MUDA`, `Pembina Tk. I`, `Penata Muda Tingkat I (III/b)`.
 */
export function isPangkatLine(text: string): boolean {
  const words = text
    .replace(GOLONGAN, ' ')
    .replace(/[(),/\-.]/g, ' ')
    .replace(/\btk\b/gi, 'tingkat')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return PANGKAT_NAMES.has(words);
}
