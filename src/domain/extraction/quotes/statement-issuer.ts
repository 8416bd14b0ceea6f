/**
 * "“…,” the statement said": the words belong to whoever issued the latest document the article
 * introduced ("X confirmed the strike in a brief statement", "In a statement, X said", "a
 * release from X"), not to the document.
 */
import { sentenceAt } from "../segment";
import type { Segmentation, Span } from "../types";
import { unspokenPrefix } from "./antecedents";
import { INTRO_WORDS } from "./lexicon";
import { phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase";
import { wordAfter } from "./words";

/** A document introduced as new: an indefinite or possessive determiner before it ("a brief statement", "its release"). */
const INTRODUCED_DOCUMENT = /\b(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|communiqu[eé]|readout|declaration|letter|message|notice|memo|memorandum|filing)\b/giu;

/** Whether a stretch of text introduces a document ("a brief statement", "its notice"). */
export function introducesDocument(stretch: string): boolean {
  INTRODUCED_DOCUMENT.lastIndex = 0;
  return INTRODUCED_DOCUMENT.test(stretch);
}

/** "a notice the Pentagon sent": the issuer named in a relative clause without "that". */
const ISSUED = /^(?:sent|issued|released|published|filed|wrote|posted|circulated|submitted|delivered|put)$/;

/** How many paragraphs back a "the statement" may reach for its document. */
const REACH = 3;

/**
 * The phrase naming who issued the latest document introduced before `pos` (outside quotes,
 * within three paragraphs), or null.
 */
export function statementIssuer(text: string, segmentation: Segmentation, pos: number, paragraph: number, insideQuote: (pos: number) => boolean): SpeakerPhrase | null {
  const from = segmentation.paragraphs[Math.max(0, paragraph - REACH)]!.start;
  let found: RegExpExecArray | null = null;
  const window = text.slice(from, pos);
  INTRODUCED_DOCUMENT.lastIndex = 0;
  for (let m = INTRODUCED_DOCUMENT.exec(window); m; m = INTRODUCED_DOCUMENT.exec(window)) {
    if (!insideQuote(from + m.index)) found = m;
  }
  if (!found) return null;
  const docEnd = from + found.index + found[0].length;
  // "a statement from the Port Authority": the source follows the document.
  const by = wordAfter(text, docEnd, pos);
  if (by && (by.lower === "from" || by.lower === "by")) {
    const source = phraseStartingAt(text, by.end, pos);
    if (source && source.kind !== "pronoun") return source;
  }
  const issuer = by ? phraseStartingAt(text, by.start, pos) : null;
  if (issuer && issuer.kind === "name" && ISSUED.test(wordAfter(text, issuer.end, pos)?.lower ?? "")) return issuer;
  const sentence = sentenceAt(segmentation.sentences, docEnd - 1);
  if (!sentence) return null;
  return sentenceSubject(text, segmentation, sentence, true);
}

/** The noun phrase opening a sentence, after a dateline and an introductory phrase ("In a statement, X said"). */
export function sentenceSubject(text: string, segmentation: Segmentation, sentence: Span & { paragraph: number }, pronouns = false): SpeakerPhrase | null {
  let start = Math.max(sentence.start, unspokenPrefix(text, segmentation.paragraphs[sentence.paragraph]));
  const first = wordAfter(text, start, sentence.end);
  if (first && INTRO_WORDS.has(first.lower)) {
    const comma = text.indexOf(",", start);
    if (comma < 0 || comma >= sentence.end) return null;
    start = comma + 1;
  }
  const phrase = phraseStartingAt(text, start, sentence.end);
  return phrase && (pronouns || phrase.kind !== "pronoun") ? phrase : null;
}
