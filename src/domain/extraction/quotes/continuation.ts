/**
 * Quotes that carry on from the quote before them: the next piece of one utterance, a quote that
 * shares the previous one's reporting verb, and wire copy that names the speaker only after the
 * last paragraph of a long quotation.
 */
import type { ExtractedQuote, Segmentation } from "../types";
import type { Attribution } from "./attribution";
import type { QuoteSpan } from "./find-quote-spans";
import { isSpeechVerbWord } from "./lexicon";
import { reportedAfter } from "./unattributed";

/**
 * A quote continues the previous one when nothing new attributes it and it
 * follows directly: in the same paragraph, or opening the next paragraph after
 * a paragraph that held a quote (the wire convention reopens the mark).
 */
export function continues(text: string, q: QuoteSpan, prev: QuoteSpan, attribution: Attribution | null, segmentation: Segmentation): boolean {
  if (q.reopens) return true;
  if (attribution) {
    // “We will fight,” he said, “and we will win.” — one utterance split by its attribution.
    return prev.paragraph === q.paragraph && prev.closeAt !== null && /,\s*$/.test(text.slice(prev.closeAt - 2, prev.closeAt)) && /,\s*$/.test(text.slice(prev.closeAt + 1, q.openAt)) && /^\p{Ll}/u.test(text.slice(q.start, q.start + 1));
  }
  if (prev.paragraph === q.paragraph) return true;
  if (prev.paragraph !== q.paragraph - 1) return false;
  const para = segmentation.paragraphs[q.paragraph]!;
  return q.openAt === para.start && !reportedAfter(text, q, segmentation);
}

/**
 * The attribution of the previous quote in the same sentence, when its reporting verb came before
 * it and only a short coordinated stretch with no verb of saying separates the two quotes.
 */
export function sharedAttribution(text: string, prev: QuoteSpan, q: QuoteSpan, prevAttribution: Attribution | null): Attribution | null {
  if (!prevAttribution?.verb || prevAttribution.verb.start > prev.openAt || prev.closeAt === null) return null;
  const between = text.slice(prev.closeAt + 1, q.openAt);
  if (!/^[\s,]*(?:and|or|but)\b/i.test(between) || countWordsIn(between) > 8) return null;
  if (between.split(/\s+/).some((w) => isSpeechVerbWord(w.toLowerCase()))) return null;
  return { ...prevAttribution, adjacent: false };
}

function countWordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Wire style puts the attribution after a later paragraph of the quote: the earlier pieces share it. */
export function backfillFromContinuations(quotes: ExtractedQuote[]): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.continuesQuote === null || !q.speakerSpan) continue;
    const parent = quotes[q.continuesQuote];
    if (parent && !parent.speakerSpan) {
      quotes[q.continuesQuote] = { ...parent, speakerSpan: q.speakerSpan, speakerAsWritten: q.speakerAsWritten, method: "continuation" };
    }
  }
}
