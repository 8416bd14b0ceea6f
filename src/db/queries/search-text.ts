/**
 * Pure helpers for search: the query's terms, word offsets in an excerpt,
 * highlight ranges, excerpt windows and fuzzy name matching. No I/O, so
 * they are unit-tested on their own (tests/unit/search-text.test.ts).
 */
import { editDistance, phoneticKey } from "../../domain/extraction/actors/fuzzy-name";
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

/** A name word's match to a query word: as typed, its beginning as typed, or a near spelling. */
export type WordMatchKind = "exact" | "prefix" | "similar";
export type WordMatch = { kind: WordMatchKind; score: number };

const RANK: Record<WordMatchKind, number> = { exact: 0, prefix: 1, similar: 2 };

/** Shortest word a near spelling is looked for in: below it, one letter changes too much ("Tusk" is not "Turk"). */
const MIN_FUZZY_LENGTH = 4;

/** Edits a near spelling may make: none in 4 letters, one in 5 or 6, two from 7 ("Sheinbaum"/"Sheinbaun"). */
function editBudget(shorter: number): number {
  return shorter >= 7 ? 2 : shorter >= 5 ? 1 : 0;
}

/**
 * How a folded name word matches a folded query word, or null:
 * - exact: the same word (accents folded: "Turk" is "Türk");
 * - prefix: the query starts the name ("Barr…" while typing "Barrot");
 * - similar: a near spelling, held to a stricter bar: same first letter,
 *   4 letters at least, and either the same sound ("Barrault", "Barro" for
 *   "Barrot", the garbles machine translation makes) or a few edits for the
 *   length (one letter of "Maduro"). A name the query runs past is never a
 *   near spelling: "Barr" is another name, not a garble of "Barrot".
 */
export function matchWord(query: string, word: string): WordMatch | null {
  if (query === word) return { kind: "exact", score: 1 };
  if (query.length >= 3 && word.startsWith(query)) return { kind: "prefix", score: 0.8 + (0.1 * query.length) / word.length };
  const shorter = Math.min(query.length, word.length);
  if (shorter < MIN_FUZZY_LENGTH || query[0] !== word[0]) return null;
  if (query.startsWith(word) && word.length <= query.length - 2) return null;
  const distance = editDistance(query, word, 3);
  const soundAlike = phoneticKey(query) === phoneticKey(word) && phoneticKey(word).length >= 3;
  if (!soundAlike && distance > editBudget(shorter)) return null;
  return { kind: "similar", score: Math.max(0.5, 0.85 - 0.1 * (distance - 1)) };
}

/** The better of two word matches: by kind first (exact, prefix, similar), then by score. */
export function betterMatch(a: WordMatch | null, b: WordMatch | null): WordMatch | null {
  if (!a || !b) return a ?? b;
  return RANK[a.kind] !== RANK[b.kind] ? (RANK[a.kind] < RANK[b.kind] ? a : b) : a.score >= b.score ? a : b;
}

/** The weaker of two kinds: a name matches only as well as its worst-matched query word. */
function weaker(a: WordMatchKind, b: WordMatchKind): WordMatchKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * How well a folded name matches the query tokens: every token must match a
 * name word (see matchWord); the score is their mean and the kind the weakest.
 * Returns the name's matched word indexes too, to mark them.
 */
export function nameMatch(tokens: string[], normalizedName: string): { score: number; kind: WordMatchKind; words: number[] } | null {
  const words = normalizedName.split(/[\s\-']+/).filter(Boolean);
  if (tokens.length === 0 || words.length === 0) return null;
  let total = 0;
  let kind: WordMatchKind = "exact";
  const hit = new Set<number>();
  for (const t of tokens) {
    let found: WordMatch | null = null;
    let bestAt = -1;
    for (const [k, w] of words.entries()) {
      const m = betterMatch(found, matchWord(t, w));
      if (m !== found) {
        found = m;
        bestAt = k;
      }
    }
    if (!found) return null;
    kind = weaker(kind, found.kind);
    total += found.score;
    hit.add(bestAt);
  }
  return { score: total / tokens.length, kind, words: [...hit] };
}

/** Marks over a display name for the words that match a query token (display and folded names share word order). */
export function markNameWords(display: string, tokens: string[]): Mark[] {
  return wordsOf(display)
    .filter((w) => {
      const f = foldText(w.word);
      return tokens.some((t) => matchWord(t, f));
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
