/**
 * Approximate surname matching for misspellings and machine-translation garbles
 * ("Barrault"/"Barro" for Barrot). Kept deliberately narrow: callers only use it
 * for capitalised tokens near a known person or against a registry surname.
 */

/** Levenshtein distance with an early exit once `max` is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two preallocated rows swapped each step, char codes compared: resolution calls this for every lone word.
  const n = b.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/**
 * A rough sound key tolerant of Romance-language spellings: silent endings,
 * "au"/"eau" for "o", doubled letters, "ph"/"f", "ck"/"k", accents already folded.
 */
export function phoneticKey(word: string): string {
  let key = phoneticCache.get(word);
  if (key === undefined) {
    if (phoneticCache.size >= PHONETIC_CACHE_MAX) phoneticCache.clear();
    key = computePhoneticKey(word);
    phoneticCache.set(word, key);
  }
  return key;
}

/** Resolution compares the same surnames again and again (every lone word against every person): remember keys. */
const phoneticCache = new Map<string, string>();
const PHONETIC_CACHE_MAX = 20_000;

function computePhoneticKey(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  w = w
    .replace(/eau|au/g, "o")
    .replace(/ph/g, "f")
    .replace(/ck|q/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/z/g, "s")
    .replace(/y/g, "i")
    .replace(/h/g, "")
    .replace(/(.)\1+/g, "$1");
  // Silent French endings: -ault, -aud, -ot, -ez, -es...
  w = w.replace(/(?:lt|lts|t|ts|d|ds|x|s|e)$/, "");
  return w;
}

/** True when two surnames are plausibly the same name misspelt. */
export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  if (min < 4) return false;
  if (phoneticKey(a) === phoneticKey(b) && a[0] === b[0]) return true;
  const d = editDistance(a, b, 2);
  return min >= 7 ? d <= 2 : min >= 5 ? d <= 1 : false;
}
