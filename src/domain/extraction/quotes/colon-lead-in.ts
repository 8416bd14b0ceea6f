import { sentenceAt } from "../segment";
import type { Segmentation } from "../types";
import type { Attribution } from "./attribution";
import type { QuoteSpan } from "./find-quote-spans";
import { sentenceSubject } from "./statement-issuer";
import { skipSpacesBack, wordAfter } from "./words";

/** Nouns for what someone says or concludes: "Her conclusion was blunt:", "His answer:". */
const SAYING_NOUNS = /^(?:message|conclusion|response|answer|reply|verdict|view|advice|explanation|argument|position|assessment|words|warning|point|reaction|plea|demand|request|request|appeal|retort|comment|summary|prediction|explanation|instruction|instructions|order|orders|promise|vow|question|complaint|defen[cs]e)$/;

/**
 * A quote after a colon that closes a sentence without a reporting verb ("Her conclusion, in a
 * post on X, was blunt: “…”"): a possessive before a noun of saying makes the words the
 * possessor's, and a sentence about a named person ("Maduro has been on air for an hour. The key
 * line: “…”") makes them that person's. Null when the lead-in says nothing of whose the words are.
 */
export function colonLeadIn(text: string, segmentation: Segmentation, q: QuoteSpan): Attribution | null {
  const colon = skipSpacesBack(text, q.openAt, 0) - 1;
  if (text[colon] !== ":") return null;
  const sentence = sentenceAt(segmentation.sentences, colon);
  if (!sentence || /[\u201c\u201d"\u00ab\u00bb]/.test(text.slice(sentence.start, colon))) return null;
  const first = wordAfter(text, sentence.start, colon);
  const noun = first ? wordAfter(text, first.end, colon) : null;
  if (first && noun && /^(?:his|her|their|its)$/.test(first.lower) && SAYING_NOUNS.test(noun.lower)) {
    const phrase = { start: first.start, end: first.end, kind: "pronoun" as const, name: { start: first.start, end: first.end }, titled: false };
    return { phrase, method: "pronoun", verb: null, windows: [{ start: sentence.start, end: colon }], adjacent: true, participle: false };
  }
  const subject = sentenceSubject(text, segmentation, sentence);
  if (!subject || subject.kind !== "name") return null;
  return { phrase: subject, method: "colon", verb: null, windows: [{ start: sentence.start, end: colon }], adjacent: true, participle: false };
}
