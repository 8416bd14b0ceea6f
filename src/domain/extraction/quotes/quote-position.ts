/**
 * Where a quote stands among the writer's words: a sentence of its own, or a nickname inside a
 * name. Both decide how the quote is read before anyone is sought as its speaker.
 */
import type { QuoteSpan } from "./find-quote-spans";

export function isNickname(text: string, q: QuoteSpan): boolean {
  if (q.closeAt === null || q.end - q.start > 20) return false;
  return /^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?$/u.test(text.slice(q.start, q.end)) && /\p{Lu}[\p{L}.'-]* $/u.test(text.slice(Math.max(0, q.openAt - 30), q.openAt)) && /^ \p{Lu}/u.test(text.slice(q.closeAt + 1, q.closeAt + 3));
}

/** The quote is a sentence of its own: nothing of the writer's before it in its sentence. */
export function standsAlone(text: string, q: QuoteSpan, sentence: { start: number } | null): boolean {
  return sentence !== null && text.slice(sentence.start, q.openAt).trim() === "";
}
