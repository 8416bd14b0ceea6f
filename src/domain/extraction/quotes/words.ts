/** Word-level stepping through raw text, keeping exact offsets. */

export type Word = { start: number; end: number; text: string; lower: string };

const WORD_CHAR = /[\p{L}\p{N}@_.\u2019'-]/u;

/** ASCII fast path: a Unicode regex per character costs more than the rest of the scan. */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 64 || c === 95 || c === 46 || c === 39 || c === 45;
  return WORD_CHAR.test(ch);
}

const SPACE = { test: (ch: string): boolean => ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u202f" };

/** Trailing dots belong to abbreviations and initials only ("Adm.", "E.", "U.S."), not to the sentence. */
function trimWord(text: string, start: number, end: number): Word | null {
  // Fast path: a word with plain ASCII letters or digits at both edges has nothing to trim.
  if (end > start && isPlainEdge(text.charCodeAt(start)) && isPlainEdge(text.charCodeAt(end - 1))) {
    const t = text.slice(start, end);
    return { start, end, text: t, lower: t.toLowerCase() };
  }
  let s = start;
  let e = end;
  while (s < e && isEdgePunct(text[s]!)) s++;
  // Keep the apostrophe of a plural possessive ("ministers’ summit").
  while (e > s && /[\u2019'-]/.test(text[e - 1]!) && !(/[sS]/.test(text[e - 2] ?? "") && e === end && /[\u2019']/.test(text[e - 1]!) && /\s/.test(text[e] ?? ""))) e--;
  if (e > s && text[e - 1] === ".") {
    const body = text.slice(s, e - 1);
    const abbreviation = /^(?:[\p{L}]\.?)+$/u.test(body) && body.replace(/\./g, "").length <= 3 && /\p{Lu}/u.test(body);
    if (!abbreviation && !/^(?:Mr|Mrs|Ms|Dr|Gen|Adm|Sen|Rep|Gov|Lt|Col|Capt|Cmdr|Sgt|Maj|Jr|Sr|St|Rev|Pvt)$/.test(body)) e--;
  }
  if (e <= s) return null;
  const t = text.slice(s, e);
  return { start: s, end: e, text: t, lower: t.toLowerCase() };
}

/** The word ending just before `pos` (skipping spaces, not punctuation), or null. */
export function wordBefore(text: string, pos: number, lo: number): Word | null {
  let e = pos;
  while (e > lo && SPACE.test(text[e - 1]!)) e--;
  let s = e;
  while (s > lo && isWordChar(text[s - 1]!)) s--;
  if (s === e) return null;
  return trimWord(text, s, e);
}

/** The word starting just after `pos` (skipping spaces, not punctuation), or null. */
export function wordAfter(text: string, pos: number, hi: number): Word | null {
  let s = pos;
  while (s < hi && SPACE.test(text[s]!)) s++;
  let e = s;
  while (e < hi && isWordChar(text[e]!)) e++;
  if (s === e) return null;
  return trimWord(text, s, e);
}

export function skipSpaces(text: string, pos: number, hi: number): number {
  let i = pos;
  while (i < hi && SPACE.test(text[i]!)) i++;
  return i;
}

export function skipSpacesBack(text: string, pos: number, lo: number): number {
  let i = pos;
  while (i > lo && SPACE.test(text[i - 1]!)) i--;
  return i;
}

export function isCapitalized(word: Word): boolean {
  const code = word.text.charCodeAt(0);
  // ASCII fast path: this runs for nearly every word near a quote.
  if (code < 128) return (code >= 65 && code <= 90) || code === 64;
  return /\p{Lu}/u.test(word.text[0] ?? "");
}

export function isPossessive(word: Word): boolean {
  return /[\u2019']s$/i.test(word.text) || /s[\u2019']$/.test(word.text);
}

/** Words separated by spaces or dashes; a character loop, since this runs on every quote. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const sep = c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 0x2014 || c === 0x2013 || c === 0x2026 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 40 || c === 41 || (c === 45 && !inWord);
    if (sep) inWord = false;
    else if (!inWord) {
      // Punctuation alone is not a word.
      if (c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
      inWord = true;
      n++;
    }
  }
  return n;
}

function isPlainEdge(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isEdgePunct(ch: string): boolean {
  return ch === "." || ch === "\u2019" || ch === "'" || ch === "-";
}
