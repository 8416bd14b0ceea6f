import type { Paragraph, Segmentation, Sentence } from "./types";

/**
 * Abbreviations after which a full stop does not end a sentence. News copy is
 * full of them ("U.S. forces", "Rear Adm. James", "Sept. 11"), and a wrong
 * split would cut a quote's attribution off from the quote.
 */
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr",
    "adm", "sgt", "cpl", "pvt", "st", "jr", "sr", "rev", "hon", "pres", "amb", "supt", "insp", "det",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "no", "nos", "vs", "v", "etc", "e.g", "i.e", "inc", "corp", "co", "ltd", "dept", "univ", "est",
    "approx", "fig", "al", "md", "va", "fla", "calif", "mass", "wash", "ariz", "colo", "conn", "ill",
    "ind", "kan", "ky", "la", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "vt", "wis", "wyo", "ala", "ark", "del", "ga",
  ],
);

const SENTENCE_MARK = /[.!?]/g;

const CLOSERS = new Set(["\u201d", "\u2019", '"', "'", ")", "]", "\u00bb"]);

/** Split into paragraphs (non-blank lines) and sentences inside each paragraph. */
export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const paragraph: Paragraph = { index: paragraphs.length, start, end: start + trimmed.length };
    paragraphs.push(paragraph);
    for (const s of splitSentences(text, paragraph.start, paragraph.end)) {
      // Explicit fields (not a spread): this runs for every sentence of every article.
      sentences.push({ start: s.start, end: s.end, index: sentences.length, paragraph: paragraph.index });
    }
  }
  return { paragraphs, sentences };
}

function splitSentences(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    // Jump to the next . ! or ? with a regex scan rather than visiting every character in JS.
    SENTENCE_MARK.lastIndex = i;
    const mark = SENTENCE_MARK.exec(text);
    if (!mark || mark.index >= to) break;
    i = mark.index;
    const ch = text[i];
    let end = i + 1;
    while (end < to && (text[end] === "." || CLOSERS.has(text[end] ?? ""))) end++;
    if (end >= to) break;
    if (!/\s/.test(text[end] ?? "")) continue;
    let next = end;
    while (next < to && /\s/.test(text[next] ?? "")) next++;
    const nextCh = text[next] ?? "";
    if (!/[A-Z0-9\u201c"'\u2018(\u00ab\u00c0-\u00de]/.test(nextCh)) continue;
    if (ch === "." && isAbbreviation(text, from, i)) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

function isAbbreviation(text: string, paragraphStart: number, dot: number): boolean {
  let j = dot;
  while (j > paragraphStart && /[A-Za-z.]/.test(text[j - 1] ?? "")) j--;
  const word = text.slice(j, dot);
  if (!word) return false;
  // Initials and dotted acronyms: "H.W.", "U.S.", "E."
  if (/^([A-Za-z]\.)*[A-Za-z]$/.test(word) && word.replace(/\./g, "").length <= 3 && /[A-Z]/.test(word)) {
    return true;
  }
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence containing an offset (binary search; sentences are sorted). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
