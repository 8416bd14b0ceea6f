import type { Span } from "../extraction/types";

/**
 * Cutting a sentence down to the clause that carries a fact, so an excerpt
 * shows the fact and not its neighbours. Every result is a sub-span of the
 * sentence, so text.slice(start, end) stays an exact excerpt.
 */

/** Points where one clause ends and a loosely attached one begins. */
const CLAUSE_BREAK_RE = /;\s+|,\s+(?=(?:though|although|but|while|whereas|even as|as well as)\b)|(?<=\p{Ll}{2})\.\s+(?=\p{Ll})/gu;

export function clauseRanges(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let last = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (const m of s.matchAll(CLAUSE_BREAK_RE)) {
    out.push({ start: sentence.start + last, end: sentence.start + m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: sentence.start + last, end: sentence.end });
  return out.filter((r) => r.end > r.start);
}

/**
 * The smallest run of whole clauses covering every span in `cover` (spans
 * outside the sentence are ignored). Keeps the sentence's final punctuation
 * when the run reaches the sentence end; drops dangling punctuation at a cut.
 */
export function tightenToClauses(text: string, sentence: Span, cover: readonly Span[]): Span {
  const inside = cover.filter((c) => c.start >= sentence.start && c.end <= sentence.end && c.end > c.start);
  if (inside.length === 0) return sentence;
  const clauses = clauseRanges(text, sentence);
  const lo = Math.min(...inside.map((c) => c.start));
  const hi = Math.max(...inside.map((c) => c.end));
  const first = clauses.find((c) => c.end > lo) ?? clauses[0]!;
  const last = [...clauses].reverse().find((c) => c.start < hi) ?? clauses[clauses.length - 1]!;
  let end = last.end;
  if (end < sentence.end) while (end > first.start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
  return { start: first.start, end };
}

/**
 * Trim a span to at most `max` characters on word boundaries, keeping `keep`
 * (e.g. an event trigger) inside. Trailing commas and spaces are dropped.
 */
export function trimToWords(text: string, span: Span, max: number, keep?: Span): Span {
  let { start, end } = span;
  if (end - start > max) {
    const anchor = keep && keep.start >= start && keep.end <= end ? keep : { start, end: start };
    // prefer keeping the clause start; slide right only when the anchor would fall off
    if (anchor.end - start > max) start = wordStartAfter(text, anchor.end - max, anchor.start);
    end = wordEndBefore(text, Math.min(end, start + max), anchor.end);
    // A cut mid-clause should not end on a word that only leads into what was cut ("... with Washington until").
    const floor = Math.max(start, anchor.end);
    for (let m = DANGLING_TAIL.exec(text.slice(floor, end)); m && end - m[0].length >= floor; m = DANGLING_TAIL.exec(text.slice(floor, end))) {
      end -= m[0].length;
    }
  }
  while (end > start && /[\s,;:\u2014\u2013(]/.test(text[end - 1] ?? "")) end--;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  return { start, end };
}

/** Function words that cannot end a phrase: articles, prepositions, conjunctions, relative pronouns. */
const DANGLING_TAIL =
  /[\s,;:]+(?:a|an|the|of|to|in|on|at|by|for|from|with|into|onto|over|under|about|after|before|until|since|during|and|or|but|nor|that|which|who|whom|whose|as|than|its|their|his|her|our|this|these|those)$/i;

function wordStartAfter(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && i > 0 && !/\s/.test(text[i - 1] ?? "")) i++;
  return Math.min(i, limit);
}

function wordEndBefore(text: string, pos: number, floor: number): number {
  if (pos >= text.length || /\s/.test(text[pos] ?? "")) return pos;
  let i = pos;
  while (i > floor && !/\s/.test(text[i] ?? "")) i--;
  return Math.max(i, floor);
}
