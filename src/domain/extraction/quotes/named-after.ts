import type { Segmentation, Span } from "../types";
import type { Antecedent } from "./antecedents";
import type { QuoteSpan } from "./find-quote-spans";

/**
 * A sentence about the words just quoted, which goes on to name who said them: "The words are
 * his brother's.", "The warning came from Sen. X", "The speaker was Mr X", "That was X, a
 * fisherman". Features and ledes open with the quote and name the speaker afterwards.
 */
const WORDS_CUE =
  /^(?:(?:The|Those|These|That|This|Such)\s+(?:[\p{Ll}-]+\s+){0,2}(?:words?|speaker|warning|remarks?|comments?|line|voice|quote|plea|verdict|assessment|admission|complaint|lament|message|prediction|answer|reply|question|description)\b|(?:That|This|So)\s+(?:was|is|said|says)\b)/u;

/**
 * The person the sentence after a free-standing quote names as its speaker, or null. The quote
 * must stand alone (opening its paragraph or sentence and closing its sentence) and the next
 * sentence must be about the words; the speaker is the first person named from there on, within
 * that sentence and the one after it, in the same paragraph.
 */
export function speakerNamedAfter(text: string, segmentation: Segmentation, q: QuoteSpan, antecedents: readonly Antecedent[]): Span | null {
  if (q.closeAt === null) return null;
  const para = segmentation.paragraphs[q.paragraph];
  if (!para) return null;
  const sentences = segmentation.sentences;
  const first = sentences.findIndex((s) => s.end > q.openAt);
  if (first < 0 || text.slice(Math.max(para.start, sentences[first]!.start), q.openAt).trim() !== "") return null;
  // What follows the closing mark: only the end of the sentence, then the cue.
  const after = /^[\s.!?\u201d\u2019"\u00bb]*/.exec(text.slice(q.closeAt + 1, para.end))![0].length;
  const cueAt = q.closeAt + 1 + after;
  if (cueAt >= para.end || !/[.!?]/.test(text.slice(q.closeAt - 1, cueAt)) || !WORDS_CUE.test(text.slice(cueAt, cueAt + 80))) return null;
  const cue = sentences.findIndex((s) => s.end > cueAt);
  const last = cue < 0 ? null : sentences[Math.min(sentences.length - 1, cue + 1)]!;
  const limit = Math.min(para.end, last ? last.end : para.end);
  const named = antecedents.find((a) => a.person && a.span.start >= cueAt && a.span.start < limit);
  return named?.span ?? null;
}
