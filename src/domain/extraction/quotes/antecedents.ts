import { sentenceAt } from "../segment";
import type { ExtractedActor, Segmentation, Span } from "../types";
import { subjectBeforeVerb, isFiniteSpeechVerb } from "./attribution";
import type { QuoteSpan } from "./find-quote-spans";
import { INTRO_WORDS, isSpeechVerbWord, mayBeSpeechVerb } from "./lexicon";
import { looksInstitutional, phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase";
import { skipSpacesBack, wordAfter } from "./words";

/** Someone named outside quotes who could be what a later "he", "she" or "it" stands for. */
export type Antecedent = {
  span: Span;
  paragraph: number;
  sentence: number;
  person: boolean;
  institution: boolean;
  /** The subject of its sentence (or of a reporting verb): the likeliest referent. */
  subject: boolean;
};


/**
 * Collect candidate antecedents in paragraphs [fromParagraph, toParagraph]: subjects of reporting verbs
 * (including indirect speech: "said Brian Finucane, a former…"), sentence
 * subjects, and actor mentions. Mentions inside quotes are skipped: in
 * "“…Mr. Maduro,” he said", he is not Maduro.
 */
export function collectAntecedents(
  text: string,
  segmentation: Segmentation,
  spans: readonly QuoteSpan[],
  actors: readonly ExtractedActor[],
  dates: readonly Span[],
  fromParagraph = 0,
  toParagraph = segmentation.paragraphs.length - 1,
): Antecedent[] {
  const out: Antecedent[] = [];
  const rangeStart = segmentation.paragraphs[fromParagraph]?.start ?? 0;
  const rangeEnd = segmentation.paragraphs[toParagraph]?.end ?? 0;
  // Spans are sorted and disjoint: binary search.
  const insideQuote = (pos: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = spans[mid]!;
      if (pos < q.start) hi = mid - 1;
      else if (pos >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const kindAt = (span: Span): ExtractedActor["kind"] | null => {
    for (const a of actors) for (const m of a.mentions) if (m.start < span.end && m.end > span.start) return a.kind;
    return null;
  };
  const add = (phrase: SpeakerPhrase, paragraph: number, sentence: number) => {
    if (phrase.kind === "pronoun" || insideQuote(phrase.start)) return;
    const kind = kindAt(phrase.name);
    const institutional = phrase.kind === "role" ? true : looksInstitutional(text, phrase.name);
    const person = kind ? kind === "person" : phrase.kind === "spokesperson" || phrase.titled || (phrase.kind === "name" && !institutional);
    out.push({ span: phrase.name, paragraph, sentence, person, institution: kind ? kind !== "person" : institutional, subject: true });
  };
  for (const s of sentencesOf(segmentation, fromParagraph, toParagraph)) {
    // Sentence subject, after an introductory phrase ("In February, the State Department…").
    let start = s.start;
    const first = wordAfter(text, start, s.end);
    if (first && INTRO_WORDS.has(first.lower)) {
      const comma = indexWithin(text, ",", start, Math.min(s.end, start + 120));
      if (comma >= 0) start = comma + 1;
    }
    const subj = phraseStartingAt(text, start, s.end);
    if (subj && (subj.titled || subj.kind !== "name" || text.slice(subj.name.start, subj.name.end).includes(" "))) add(subj, s.paragraph, s.index);
    // Subjects of reporting verbs anywhere in the sentence.
    for (const m of speechVerbsIn(text, s.start, s.end)) {
      const w = wordAfter(text, m.index, s.end);
      if (!isFiniteSpeechVerb(w) || insideQuote(m.index)) continue;
      const subject = subjectBeforeVerb(text, m.index, s.start, dates);
      if (subject) {
        add(subject, s.paragraph, s.index);
        continue;
      }
      const prev = text[skipSpacesBack(text, m.index, s.start) - 1];
      if (prev === "," || prev === "\u201d" || prev === '"') {
        const inverted = phraseStartingAt(text, m.index + m[0].length, s.end);
        if (inverted) add(inverted, s.paragraph, s.index);
      }
    }
  }
  for (const a of actors) {
    if (a.kind !== "person" && a.kind !== "organization" && a.kind !== "group") continue;
    for (const m of a.mentions) {
      if (m.start < rangeStart || m.start >= rangeEnd || insideQuote(m.start)) continue;
      const s = sentenceAt(segmentation.sentences, m.start);
      if (!s) continue;
      out.push({ span: { start: m.start, end: m.end }, paragraph: s.paragraph, sentence: s.index, person: a.kind === "person", institution: a.kind !== "person", subject: false });
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/**
 * The antecedent of a pronoun at `pos`: for he/she the latest person named
 * before it (preferring sentence and speech subjects within the last three
 * paragraphs); for it/they the subject of the current sentence if it is an
 * institution, else the latest institution.
 */
export function resolvePronoun(pronoun: string, pos: number, paragraph: number, sentence: number, antecedents: readonly Antecedent[]): Span | null {
  const p = pronoun.toLowerCase();
  const before = antecedents.filter((a) => a.span.end <= pos && a.paragraph >= paragraph - 3);
  if (p === "he" || p === "she" || p === "i") {
    const people = before.filter((a) => a.person);
    const subjects = people.filter((a) => a.subject);
    const best = subjects[subjects.length - 1] ?? people[people.length - 1];
    // A plain mention closer than the last subject only wins when it is in the same sentence.
    const latest = people[people.length - 1];
    if (latest && best && latest !== best && latest.sentence === sentence) return latest.span;
    return best?.span ?? null;
  }
  if (p === "it" || p === "they" || p === "we") {
    const sameSentence = before.filter((a) => a.sentence === sentence && a.institution);
    const subject = sameSentence.find((a) => a.subject);
    if (subject) return subject.span;
    if (sameSentence[0]) return sameSentence[0].span;
    const institutions = before.filter((a) => a.institution);
    return institutions[institutions.length - 1]?.span ?? null;
  }
  return null;
}

/** indexOf bounded to [from, to): an unbounded search would scan to the end of the article. */
export function indexWithin(text: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === ch) return i;
  return -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Reporting verbs in [from, to), found with a character scan: testing every
 * word with a Unicode regex costs more than the rest of quote extraction.
 */
function speechVerbsIn(text: string, from: number, to: number): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  let i = from;
  while (i < to) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    const len = i - start;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = i < text.length ? text.charCodeAt(i) : 32;
    // Part of a longer non-ASCII word ("Raúl"), or hyphenated: not a verb.
    if (before > 127 || after > 127 || before === 45 || after === 45) continue;
    if (len < 3 || len > 13) continue;
    // Most words cannot be a reporting verb by first letter and length: skip building their lowercase copy.
    if (!mayBeSpeechVerb(text.charCodeAt(start) | 32, len)) continue;
    const word = text.slice(start, i).toLowerCase();
    if (isSpeechVerbWord(word)) out.push({ index: start, 0: word });
  }
  return out;
}

/** The sentences of a paragraph range (sentences are sorted by position). */
function sentencesOf(segmentation: Segmentation, fromParagraph: number, toParagraph: number): Segmentation["sentences"] {
  const sentences = segmentation.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.paragraph < fromParagraph) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sentences.length && sentences[end]!.paragraph <= toParagraph) end++;
  return sentences.slice(lo, end);
}
