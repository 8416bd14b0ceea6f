/**
 * Who speaks, given the attribution read for a quote: a pronoun resolved to its antecedent, a
 * participle to its clause's subject, a role anaphor to the person it names again, an unnamed
 * spokesperson to the principal. The attribution says where the speaker is written; this says who.
 */
import { sentenceAt } from "../segment";
import type { ExtractedActor, ExtractedQuote, QuoteAttributionMethod, Segmentation, Span } from "../types";
import { indexWithin, neverSpeaker, resolvePronoun, resolveRoleAnaphor, unspokenPrefix, type Antecedent, type Discourse } from "./antecedents";
import type { Attribution } from "./attribution";
import { describedSubjectBefore } from "./described-subject";
import type { QuoteSpan } from "./find-quote-spans";
import { ANONYMOUS_HEADS, INTRO_WORDS } from "./lexicon";
import { appositiveName, describedAtLength, phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase";
import { introducesDocument, statementIssuer } from "./statement-issuer";
import { subjectBeforeVerb } from "./subject-before-verb";
import { wordAfter, wordBefore } from "./words";

type Found = {
  speaker: Span | null;
  method: QuoteAttributionMethod | null;
  attribution: Attribution | null;
};

export function resolveSpeaker(
  text: string,
  segmentation: Segmentation,
  q: QuoteSpan,
  attribution: Attribution | null,
  sentenceIndex: number,
  getAntecedents: () => Antecedent[],
  discourse: Discourse,
  prevQuote: ExtractedQuote | null,
  prevInSameSentence: boolean,
  actors: readonly ExtractedActor[],
): Found {
  if (!attribution) return { speaker: null, method: null, attribution };
  if (attribution.inheritsSubject) {
    // "…,” he said, adding that “…”": the earlier quote in the sentence already has the speaker.
    if (prevInSameSentence && prevQuote?.speakerSpan) return { speaker: prevQuote.speakerSpan, method: prevQuote.method, attribution };
    const subject = clauseSubject(text, segmentation, q, attribution, getAntecedents, discourse);
    return subject ? { speaker: subject.span, method: subject.method, attribution } : { speaker: null, method: null, attribution };
  }
  const phrase = attribution.phrase;
  if (phrase.anonymous) return { speaker: null, method: null, attribution };
  if (phrase.kind === "pronoun") {
    const pronoun = text.slice(phrase.start, phrase.end);
    const lower = pronoun.toLowerCase();
    // "… in a notice the Pentagon sent to Congress. It said …": "it" is the document, issued by the Pentagon.
    const issuer = lower === "it" ? documentJustIntroduced(text, segmentation, phrase.start, sentenceIndex, q.paragraph) : null;
    if (issuer) return { speaker: issuer, method: "pronoun", attribution };
    const topic = lower === "he" || lower === "she" ? describedSubjectBefore(text, segmentation, sentenceIndex, Math.min(phrase.start, q.openAt), actors, getAntecedents(), lower === "he" ? "f" : "m") : null;
    if (topic) return { speaker: topic, method: "pronoun", attribution };
    const ante = resolvePronoun(pronoun, Math.min(phrase.start, q.openAt), q.paragraph, sentenceIndex, getAntecedents(), discourse);
    return { speaker: ante, method: "pronoun", attribution };
  }
  // "the aide said": the person last introduced as an aide.
  const anaphor = phrase.kind === "role" || phrase.kind === "spokesperson" ? resolveRoleAnaphor(text, phrase, segmentation, getAntecedents) : null;
  if (anaphor === "anonymous") return { speaker: null, method: null, attribution };
  if (anaphor) return { speaker: anaphor, method: "pronoun", attribution };
  // "…,” indicated the official": the office holder just named ("The Minister of the Interior, X, said …").
  if (phrase.kind === "role" && /^the\s+(?:[a-z]+\s+)?official$/i.test(text.slice(phrase.start, phrase.end))) {
    const holder = getAntecedents().filter((a) => a.person && (a.office || a.subject) && a.span.end <= phrase.start && a.paragraph >= q.paragraph - 1).pop();
    if (holder) return { speaker: holder.span, method: "pronoun", attribution };
  }
  const principal = unnamedPrincipal(text, phrase, q, sentenceIndex, getAntecedents, discourse);
  if (principal) return { speaker: principal, method: "spokesperson", attribution };
  const span = speakerSpanOf(text, phrase);
  // A dateline, a headline in capitals or a platform is never the speaker.
  if (span && neverSpeaker(text, span, segmentation.paragraphs[sentenceParagraph(segmentation, span.start)])) return { speaker: null, method: null, attribution };
  return { speaker: span, method: attribution.method, attribution };
}

/** Heads of a phrase that speaks for a principal: "his office", "a spokeswoman", "their representative". */
const ON_BEHALF = /^(?:office|spokes(?:man|woman|person|people|men|women)|representatives?|press office|camp)$/i;

/**
 * Whom an unnamed spokesperson speaks for when the phrase names nobody: "his office said" ->
 * the person "his" stands for; "A spokesperson said", after "The ministry declined to comment",
 * -> that institution, named in this paragraph or the one before. (A named principal, "a
 * spokesman for X", is read from the phrase itself when speakers are attached.)
 */
function unnamedPrincipal(
  text: string,
  phrase: SpeakerPhrase,
  q: QuoteSpan,
  sentenceIndex: number,
  getAntecedents: () => Antecedent[],
  discourse: Discourse,
): Span | null {
  const words = text.slice(phrase.start, phrase.end).split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (!ON_BEHALF.test(head) || words.some((w) => /^\p{Lu}/u.test(w) && !/^(?:A|An|The)$/.test(w)) || /\b(?:for|of)\b/.test(text.slice(phrase.end, phrase.end + 5))) return null;
  const owner = wordBefore(text, phrase.start, Math.max(0, phrase.start - 8));
  const pronoun = owner ? { his: "he", her: "she", its: "it", their: "they" }[owner.lower] : undefined;
  if (pronoun) return resolvePronoun(pronoun, owner!.start, q.paragraph, sentenceIndex, getAntecedents(), discourse);
  if (!/^(?:a|an|the)$/i.test(words[0] ?? "") || !/^spokes/i.test(head)) return null;
  const institution = resolvePronoun("it", phrase.start, q.paragraph, sentenceIndex, getAntecedents());
  const where = institution ? getAntecedents().find((a) => a.span.start === institution.start) : undefined;
  return where && where.paragraph >= q.paragraph - 1 ? institution : null;
}

function sentenceParagraph(segmentation: Segmentation, pos: number): number {
  return sentenceAt(segmentation.sentences, pos)?.paragraph ?? -1;
}

/**
 * speakerSpan: the bare name for named people and bodies, the whole phrase for
 * spokespeople and roles. An unnamed group ("U.S. officials", "one former
 * official") identifies nobody: no speaker.
 */
export function speakerSpanOf(text: string, phrase: SpeakerPhrase): Span | null {
  if (phrase.anonymous) return null;
  // "one senior House Republican aide": one of a group, unnamed, even when the group is named.
  const written = text.slice(phrase.start, phrase.end);
  if (/^(?:one|two|three|several|some|another)\s/i.test(written) && ANONYMOUS_HEADS.test(written.split(/\s+/).pop() ?? "")) return null;
  // "An official at the U.S. Embassy": someone unnamed at a body, not the body's spokesperson.
  if (/^(?:an?|one)\s+(?:[a-z-]+\s+){0,2}(?:official|source|diplomat|officer|staffer|aide)\s+(?:at|in|from|with)\s/i.test(written)) return null;
  if (phrase.kind === "name" || phrase.kind === "handle") return phrase.name;
  if (phrase.kind === "role") {
    const head = text.slice(phrase.start, phrase.end).split(/\s+/).pop() ?? "";
    if (ANONYMOUS_HEADS.test(head)) return null;
  }
  return { start: phrase.start, end: phrase.end };
}

/**
 * The issuer of a document the previous sentence introduced, when "It" opens the quote's sentence
 * and nothing else was named between the document and the pronoun.
 */
function documentJustIntroduced(text: string, segmentation: Segmentation, pos: number, sentenceIndex: number, paragraph: number): Span | null {
  const sentence = segmentation.sentences[sentenceIndex];
  const before = segmentation.sentences[sentenceIndex - 1];
  if (!sentence || !before || text.slice(sentence.start, pos).trim() !== "" || !introducesDocument(text.slice(before.start, before.end))) return null;
  const issuer = statementIssuer(text, segmentation, pos, paragraph, () => false);
  return issuer && issuer.kind !== "pronoun" ? speakerSpanOf(text, issuer) : null;
}

/** For a participle: the subject of the finite reporting verb before it, or the sentence's subject. */
function clauseSubject(
  text: string,
  segmentation: Segmentation,
  q: QuoteSpan,
  attribution: Attribution,
  getAntecedents: () => Antecedent[],
  discourse: Discourse,
): { span: Span; method: QuoteAttributionMethod } | null {
  const verb = attribution.verb!;
  const sentence = sentenceAt(segmentation.sentences, verb.start);
  if (!sentence) return null;
  // "WASHINGTON - The ministry on Tuesday defended …, saying …": the subject follows the dateline.
  let start = Math.max(sentence.start, unspokenPrefix(text, segmentation.paragraphs[sentence.paragraph]));
  const first = wordAfter(text, start, sentence.end);
  if (first && INTRO_WORDS.has(first.lower)) {
    const comma = indexWithin(text, ",", start, verb.start);
    if (comma >= 0) start = comma + 1;
  }
  const opening = phraseStartingAt(text, start, verb.start);
  // "the Defence Secretary, John Healey, declined …, but said": the appositive names the subject.
  // "The committee's chairman, Sen. X, R-Miss., who …, opened …": a possessive only opens the description.
  const described = opening && /[\u2019']s$/.test(text.slice(opening.start, opening.end)) ? describedAtLength(text, start, verb.start) : null;
  const phrase = described ?? (opening && appositiveName(text, opening, verb.start)) ?? opening ?? subjectBeforeVerb(text, verb.start, sentence.start, []);
  if (!phrase) return null;
  if (phrase.kind === "pronoun") {
    const ante = resolvePronoun(text.slice(phrase.start, phrase.end), phrase.start, q.paragraph, sentence.index, getAntecedents(), discourse);
    return ante ? { span: ante, method: "pronoun" } : null;
  }
  const span = speakerSpanOf(text, phrase);
  return span ? { span, method: phrase.kind === "spokesperson" ? "spokesperson" : "said-before" } : null;
}
