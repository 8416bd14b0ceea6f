import { sentenceAt } from "../segment";
import type { ExtractedDate, Segmentation } from "../types";
import { attributionBefore, MAX_VERB_DISTANCE, type Attribution } from "./attribution";
import { readDescription } from "./definite-description";
import type { QuoteSpan } from "./find-quote-spans";
import { ANONYMOUS_HEADS } from "./lexicon";
import { sentenceSubject } from "./statement-issuer";

/** A quote opening the paragraph after one that ends "…, he wrote:" is introduced by that clause. */
export function attributionAcrossColon(text: string, segmentation: Segmentation, q: QuoteSpan, dates: readonly ExtractedDate[]): Attribution | null {
  const para = segmentation.paragraphs[q.paragraph]!;
  const prev = segmentation.paragraphs[q.paragraph - 1];
  if (!prev || q.openAt !== para.start || text[prev.end - 1] !== ":") return null;
  const sentence = sentenceAt(segmentation.sentences, prev.end - 1);
  const start = sentence ? sentence.start : prev.start;
  const reported = attributionBefore(text, { ...q, openAt: prev.end }, start, start, dates, MAX_VERB_DISTANCE);
  if (reported || !sentence) return reported;
  // "Trump also weighed in on Truth Social:": whatever the verb, the sentence's subject introduces the words.
  let subject = sentenceSubject(text, segmentation, sentence);
  // "Maduro has been on air for an hour. The key line:": a lead-in about the words, after a sentence about their speaker.
  if (!subject || (subject.kind === "role" && !readDescription(text.slice(subject.start, subject.end)))) {
    const before = segmentation.sentences[sentence.index - 1];
    const named = before && before.paragraph === sentence.paragraph ? sentenceSubject(text, segmentation, before) : null;
    subject = named?.kind === "name" ? named : subject;
  }
  if (!subject || (subject.kind === "role" && ANONYMOUS_HEADS.test(text.slice(subject.start, subject.end).split(/\s+/).pop() ?? ""))) return null;
  return { phrase: subject, method: subject.kind === "spokesperson" ? "spokesperson" : "colon", verb: null, windows: [{ start: subject.end, end: prev.end }], adjacent: true, participle: false };
}
