/**
 * Pure helpers for search: the query's terms, word offsets in an excerpt,
 * highlight ranges, excerpt windows and fuzzy name similarity. No I/O, so
 * they are unit-tested on their own (tests/unit/search-text.test.ts).
 */
import { foldText } from "../../domain/text/fold";

export type Mark = { start: number; end: number };

/** Text shown with the ranges of it that match the query; marks index into `text`. */
export type MarkedText = { text: string; marks: Mark[] };

export type Word = { word: string; start: number; end: number };

/** Letters and digits, as Postgres' parser splits words (apostrophes and hyphens separate them). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The lexemes a tsquery looks for, from its text form
 * (`'strike' & !'boat' & ( 'us' <-> 'navi' )`). Negated terms (`!'x'`, or
 * anything inside `!( ... )`) are left out: they are what results must NOT hold.
 */
export function positiveLexemes(tsquery: string): string[] {
  const out = new Set<string>();
  const negatedDepth: boolean[] = [];
  let negateNext = false;
  for (let i = 0; i < tsquery.length; i++) {
    const ch = tsquery[i]!;
    if (ch === "!") negateNext = true;
    else if (ch === "(") {
      negatedDepth.push(negateNext || negatedDepth.some(Boolean));
      negateNext = false;
    } else if (ch === ")") negatedDepth.pop();
    else if (ch === "'") {
      let j = i + 1;
      let lex = "";
      while (j < tsquery.length) {
        if (tsquery[j] === "'" && tsquery[j + 1] === "'") {
          lex += "'";
          j += 2;
        } else if (tsquery[j] === "'") break;
        else lex += tsquery[j++]!;
      }
      if (!negateNext && !negatedDepth.some(Boolean) && lex) out.add(lex);
      negateNext = false;
      i = j;
    }
  }
  return [...out];
}

/** Lexemes in a tsvector's text form (`'boat':3 'strike':1,5`). */
export function vectorLexemes(tsvector: string): string[] {
  return positiveLexemes(tsvector.replace(/:[\d,A-D]+/g, ""));
}

/** Ranges of the words of `text` that `matches` accepts, in order. */
export function markWords(text: string, matches: (word: string) => boolean): Mark[] {
  return wordsOf(text)
    .filter((w) => matches(w.word))
    .map((w) => ({ start: w.start, end: w.end }));
}

/** What a websearch query excludes: `-word` and `-"a phrase"`, without the minus. */
export function negatedTerms(q: string): string[] {
  return [...q.matchAll(/(?:^|\s)-("[^"]+"|[^\s"]+)/g)].map((m) => m[1]!);
}

/** Words too common in names to say which actor is meant ("the", "de los"). */
const NAME_STOP_WORDS = new Set(["the", "of", "and", "de", "del", "la", "las", "los", "el", "le", "les", "du", "des", "da", "do", "von", "van", "for", "on", "in", "at", "to", "an"]);

/** Query words, folded like ActorAlias.normalized, without websearch operators or name stop words. */
export function queryTokens(q: string): string[] {
  const cleaned = q.replace(/(^|\s)-\S+/g, " ").replace(/\bor\b/gi, " ");
  return [
    ...new Set(
      foldText(cleaned)
        .split(/[\s\-']+/)
        .filter((t) => t.length >= 2 && !/^[@-]+$/.test(t) && !NAME_STOP_WORDS.has(t)),
    ),
  ];
}

/**
 * An excerpt window of about `size` characters around the first mark, cut at
 * word boundaries. Returns offsets into `text`: the caller slices the stored
 * text, so the excerpt is the article's own characters.
 */
export function windowAround(text: string, marks: Mark[], size = 280): { start: number; end: number } {
  if (text.length <= size) return { start: 0, end: text.length };
  const first = marks[0];
  const centre = first ? first.start : 0;
  let start = Math.max(0, centre - Math.floor(size / 3));
  let end = Math.min(text.length, start + size);
  start = Math.max(0, end - size);
  if (start > 0) {
    const space = text.slice(start, centre).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const tail = text.slice(Math.max(centre, start), end);
    const cut = tail.search(/\s\S*$/);
    if (cut > 0) end = Math.max(centre, start) + cut;
  }
  return { start, end };
}

/** Marks shifted into a window [start, end), dropping those outside it. */
export function marksWithin(marks: Mark[], start: number, end: number): Mark[] {
  return marks.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start - start, end: m.end - start }));
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function trigrams(s: string): Set<string> {
  const padded = `  ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** pg_trgm's similarity(): shared trigrams over all trigrams of both words. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * How alike two folded words are, 0..1: 1 exact, 0.9 when the query word
 * starts the name word ("barr" → "barrot"), else the better of edit-distance
 * and trigram similarity. Short words must match exactly or as a prefix.
 */
export function wordSimilarity(query: string, word: string): number {
  if (query === word) return 1;
  if (query.length >= 3 && word.startsWith(query)) return 0.9;
  if (query.length < 4 || word.length < 3) return 0;
  if (query[0] !== word[0]) return 0;
  const lev = 1 - levenshtein(query, word) / Math.max(query.length, word.length);
  return Math.max(lev, trigramSimilarity(query, word));
}

/** The bar a name word must clear to count as a fuzzy match ("barrot" ~ "barrault" 0.63, "petro" ~ "peter" 0.6). */
export const FUZZY_THRESHOLD = 0.6;

/**
 * How well a folded name matches the query tokens: every token must find a
 * name word at or above the threshold; the score is their mean. Returns the
 * name's matched word indexes too, to mark them.
 */
export function nameMatch(tokens: string[], normalizedName: string): { score: number; exact: boolean; words: number[] } | null {
  const words = normalizedName.split(/[\s\-']+/).filter(Boolean);
  if (tokens.length === 0 || words.length === 0) return null;
  let total = 0;
  let exact = true;
  const hit = new Set<number>();
  for (const t of tokens) {
    let best = 0;
    let bestAt = -1;
    words.forEach((w, k) => {
      const s = wordSimilarity(t, w);
      if (s > best) {
        best = s;
        bestAt = k;
      }
    });
    if (best < FUZZY_THRESHOLD) return null;
    if (best < 0.9) exact = false;
    total += best;
    hit.add(bestAt);
  }
  return { score: total / tokens.length, exact, words: [...hit] };
}

/** Marks over a display name for the folded words nameMatch found (display and folded names share word order). */
export function markNameWords(display: string, tokens: string[]): Mark[] {
  return wordsOf(display)
    .filter((w) => {
      const f = foldText(w.word);
      return tokens.some((t) => wordSimilarity(t, f) >= FUZZY_THRESHOLD);
    })
    .map((w) => ({ start: w.start, end: w.end }));
}

/** Two mark lists as one, in order, overlaps joined. */
export function mergeMarks(a: Mark[], b: Mark[]): Mark[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Mark[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}
