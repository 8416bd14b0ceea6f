/** Whether a capitalised word is just a common word capitalised by its position. */
import type { Ctx } from "./finder-context";
import { GIVEN_NAMES } from "./given-names";
import { COMMON_CAPITALISED } from "./lexicon";
import type { Token } from "./tokenize";

/**
 * isCommon only asks whether a clause-initial word also occurs in lowercase.
 * Collecting just those few words, and turning most lowercase tokens away by
 * first letter and length, spares hashing every word of the article.
 */
export function wordsAskedAbout(tokens: readonly Token[]): { words: Set<string>; shapes: Set<number> } {
  const words = new Set<string>();
  const shapes = new Set<number>();
  for (const t of tokens) {
    if (t.kind !== "word" || !t.clauseStart) continue;
    const w = t.fold.toLowerCase();
    words.add(w);
    shapes.add(shapeOf(w));
  }
  return { words, shapes };
}

export function shapeOf(w: string): number {
  return w.charCodeAt(0) * 64 + Math.min(w.length, 63);
}

export function isCommon(ctx: Ctx, t: Token): boolean {
  if (COMMON_CAPITALISED.has(t.text)) return true;
  if (t.kind !== "word" || GIVEN_NAMES.has(t.text)) return false;
  return t.clauseStart && ctx.lowercaseWords.has(t.fold.toLowerCase());
}
