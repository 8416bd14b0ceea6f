/**
 * Quotes without an attribution we could read: whether one is there all the same (a verb after
 * the quote), and, when none is, whom news copy lets the words belong to (the subject of the
 * paraphrase before them, or of the paragraph).
 */
import { sentenceAt } from "../segment";
import type { Segmentation, Span } from "../types";
import type { Antecedent } from "./antecedents";
import { isFiniteSpeechVerb } from "./attribution";
import type { QuoteSpan } from "./find-quote-spans";
import { isCapitalized, skipSpaces, wordAfter } from "./words";

/**
 * A reporting verb after the closing mark in the quote's sentence ("“…,” the pilot, a
 * veteran of the route, recalled"): the quote has an attribution of its own, even one not read.
 */
export function reportedAfter(text: string, q: QuoteSpan, segmentation: Segmentation): boolean {
  if (q.closeAt === null) return false;
  // Only a quote that opens its sentence and ends on a comma is the object of a verb after it.
  if (!/,\s*$/.test(text.slice(q.closeAt - 2, q.closeAt)) && text[skipSpaces(text, q.closeAt + 1, q.closeAt + 4)] !== ",") return false;
  const opening = sentenceAt(segmentation.sentences, q.openAt);
  if (opening && text.slice(opening.start, q.openAt).trim() !== "") return false;
  const sentence = sentenceAt(segmentation.sentences, q.closeAt);
  const end = Math.min(sentence ? sentence.end : q.closeAt, q.closeAt + 200);
  for (let p = q.closeAt + 1, n = 0; p < end && n < 16; n++) {
    const w = wordAfter(text, p, end);
    if (!w) {
      p++;
      continue;
    }
    if (/[\u201c"\u00ab]/.test(text.slice(p, w.start))) return false;
    if (isFiniteSpeechVerb(w) && !isCapitalized(w)) return true;
    p = w.end;
  }
  return false;
}

/**
 * A paragraph that is nothing but a quote, after a paragraph without quotes whose last sentence
 * has one person as its subject ("X defended the operation on Monday." / "“Every target was
 * verified.”"): news copy lets the paraphrase introduce the words that follow it.
 */
export function leadInSpeaker(text: string, segmentation: Segmentation, spans: readonly QuoteSpan[], q: QuoteSpan, antecedents: readonly Antecedent[]): Span | null {
  const para = segmentation.paragraphs[q.paragraph]!;
  const prev = segmentation.paragraphs[q.paragraph - 1];
  // (A quote left open at the paragraph's end continues in the next one, wire style: it fills its paragraph too.)
  if (!prev || q.openAt !== para.start || (q.closeAt === null ? text.slice(q.end, para.end).trim() !== "" : text.slice(q.closeAt + 1, para.end).trim() !== "")) return null;
  if (!/[.!]$/.test(text.slice(prev.start, prev.end)) || spans.some((s) => s.paragraph === q.paragraph - 1)) return null;
  const last = sentenceAt(segmentation.sentences, prev.end - 1);
  if (!last) return null;
  const subjects = antecedents.filter((a) => a.sentence === last.index && a.subject && a.person);
  const names = new Set(subjects.map((a) => text.slice(a.span.start, a.span.end)));
  return names.size === 1 ? subjects[0]!.span : null;
}

/** The latest subject named earlier in the same paragraph, as a last resort. */
export function contextSpeaker(q: QuoteSpan, paragraphStart: number, antecedents: readonly Antecedent[]): Span | null {
  let best: Antecedent | null = null;
  for (const a of antecedents) {
    if (a.span.end > q.openAt) break;
    if (a.span.start >= paragraphStart && a.subject) best = a;
  }
  return best?.span ?? null;
}
