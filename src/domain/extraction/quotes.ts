import { sentenceAt } from "./segment";
import type { ExtractedActor, ExtractedDate, ExtractedQuote, QuoteAttributionMethod, Segmentation, Span } from "./types";
import { collectAntecedents, indexWithin, neverSpeaker, resolvePronoun, resolveRoleAnaphor, unspokenPrefix, type Antecedent, type Discourse } from "./quotes/antecedents";
import { attributionAfter, attributionBefore, isFiniteSpeechVerb, subjectBeforeVerb, type Attribution } from "./quotes/attribution";
import { findQuoteSpans, type QuoteSpan } from "./quotes/find-quote-spans";
import { isStatement } from "./quotes/statement";
import { appositiveName, describedAtLength, phraseStartingAt, type SpeakerPhrase } from "./quotes/speaker-phrase";
import { findVenue } from "./quotes/venue";
import { isCapitalized, skipSpaces, wordAfter, wordBefore } from "./quotes/words";
import { ANONYMOUS_HEADS, INTRO_WORDS, isSpeechVerbWord } from "./quotes/lexicon";
import { readDescription, resolveDescription } from "./quotes/definite-description";
import { sentenceSubject, statementIssuer } from "./quotes/statement-issuer";
import { describedSubjectBefore } from "./quotes/described-subject";
import { speakerNamedAfter } from "./quotes/named-after";
import { namesakeSpeaker, type NamesakeCache } from "./quotes/namesake";
import { colonLeadIn } from "./quotes/colon-lead-in";

export { attachSpeakers } from "./quotes/attach-speakers";

/** How far back (in words) a reporting verb may govern a quote that follows it in the same sentence. */
const MAX_VERB_DISTANCE = 30;

type Found = {
  speaker: Span | null;
  method: QuoteAttributionMethod | null;
  attribution: Attribution | null;
};

/**
 * Every direct quotation in the article with the words inside the marks and
 * who said them. Rules (see quotes/statement.ts for statement vs scare quote):
 * 1. attribution after the closing mark ("…,” X said", "said X", "— @handle");
 * 2. else a reporting verb earlier in the same sentence ("X said: “…”", "X said he “…”");
 *    a participle ("…, adding that “…”") takes the subject of the clause it hangs from;
 * 3. else the quote continues the previous one (same paragraph, or a paragraph
 *    that opens with the quote right after a quoted paragraph);
 * 4. else the nearest plausible speaker earlier in the paragraph ("context").
 * Pronouns resolve to the latest person (he/she) or institution (it/they)
 * named outside quotes. Never throws.
 */
export function extractQuotes(
  text: string,
  segmentation: Segmentation,
  actors: readonly ExtractedActor[],
  dates: readonly ExtractedDate[],
): ExtractedQuote[] {
  try {
    return extract(text, segmentation, actors, dates);
  } catch {
    return [];
  }
}

function extract(text: string, segmentation: Segmentation, actors: readonly ExtractedActor[], dates: readonly ExtractedDate[]): ExtractedQuote[] {
  const spans = findQuoteSpans(text, segmentation.paragraphs);
  if (!spans.length) return [];
  // Antecedents are only needed around pronoun and unattributed quotes: collect them per paragraph, on demand.
  const byParagraph = new Map<number, Antecedent[]>();
  const collected = (p: number): Antecedent[] => {
    if (p < 0 || p >= segmentation.paragraphs.length) return [];
    let list = byParagraph.get(p);
    if (!list) {
      list = collectAntecedents(text, segmentation, spans, actors, dates, p, p);
      byParagraph.set(p, list);
    }
    return list;
  };
  const antecedentsAround = (paragraph: number): Antecedent[] => {
    const out: Antecedent[] = [];
    for (let p = Math.max(0, paragraph - 3); p <= paragraph; p++) out.push(...collected(p));
    return out;
  };
  const insideQuote = (pos: number) => spans.some((s) => pos >= s.start && pos < s.end);
  const namesakes: NamesakeCache = new Map();
  const out: ExtractedQuote[] = [];
  // Genders stated by unambiguous he/she attributions so far, and the paragraph after a quote's
  // (read only when a lede names later the office holder it introduced).
  const discourse: Discourse = { learned: new Map(), following: (paragraph) => collected(paragraph) };
  /** Index in `out` of the quote kept for each span, or -1. */
  const kept: number[] = [];
  /** The attribution read for each span. */
  const attributions: (Attribution | null)[] = [];
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k]!;
    const para = segmentation.paragraphs[q.paragraph]!;
    const prevSpan = k > 0 ? spans[k - 1]! : null;
    const nextSpan = spans[k + 1];
    const hi = nextSpan && nextSpan.paragraph === q.paragraph ? nextSpan.openAt : para.end;
    const nextParagraph = segmentation.paragraphs[q.paragraph + 1] ?? null;
    const sentence = sentenceAt(segmentation.sentences, q.openAt);
    const sentenceStart = sentence ? Math.max(sentence.start, para.start) : para.start;
    const prevInParagraph = prevSpan && prevSpan.paragraph === q.paragraph ? prevSpan : null;
    const lo = prevInParagraph && prevInParagraph.closeAt !== null && prevInParagraph.closeAt >= sentenceStart ? prevInParagraph.closeAt + 1 : sentenceStart;

    // "Trump told reporters that the US had “… very large.” Bondi said …": a quote that closes a sentence
    // it did not open has its attribution before it; the next sentence reports something else.
    const closesItsSentence = q.closeAt !== null && /[.!?]/.test(text[q.closeAt - 1] ?? "") && !standsAlone(text, q, sentence ?? null);
    let attribution = closesItsSentence ? attributionBefore(text, q, lo, sentenceStart, dates, MAX_VERB_DISTANCE) : null;
    if (!attribution && !closesItsSentence) attribution = attributionAfter(text, q, hi, dates, nextParagraph) ?? attributionBefore(text, q, lo, sentenceStart, dates, MAX_VERB_DISTANCE);
    if (!attribution) attribution = attributionAcrossColon(text, segmentation, q, dates);
    if (!attribution) attribution = colonLeadIn(text, segmentation, q);
    const quoteText = text.slice(q.start, q.end);
    const prevKept = prevSpan !== null && (kept[k - 1] ?? -1) >= 0;
    // "X said the officer “made the right call” and had his “complete support.”": one verb governs both quotes.
    if (!attribution && prevKept && prevInParagraph && sentence && prevInParagraph.openAt >= sentence.start) attribution = sharedAttribution(text, prevInParagraph, q, attributions[k - 1] ?? null);
    attributions.push(attribution);
    // "“…” The words came from X, who …": the sentence after the quote names its speaker.
    const namedAfter = attribution ? null : speakerNamedAfter(text, segmentation, q, collected(q.paragraph));
    const continuing = !namedAfter && prevKept && prevSpan !== null && !attribution && continues(text, q, prevSpan, null, segmentation);
    // Frank “Mitch” Bradley: a nickname between given name and surname is part of a name, not words said.
    if (isNickname(text, q)) {
      kept.push(-1);
      continue;
    }
    // A reporting verb after the quote we could not read a speaker for still makes the words someone's.
    if (!isStatement(text, q, quoteText, attribution, continuing || namedAfter !== null || (!attribution && reportedAfter(text, q, segmentation)), standsAlone(text, q, sentence ?? null))) {
      kept.push(-1);
      continue;
    }
    const prevKeptIndex = prevSpan ? kept[k - 1] ?? -1 : -1;
    const prevQuote = prevKeptIndex >= 0 ? out[prevKeptIndex]! : null;
    const found = resolveSpeaker(text, segmentation, q, attribution, sentence?.index ?? -1, () => antecedentsAround(q.paragraph), discourse, prevQuote, prevInParagraph !== null && prevKeptIndex >= 0 && sentence !== undefined && prevQuote !== null && prevQuote.end >= sentence.start, actors);

    let continuesQuote: number | null = null;
    let speaker = found.speaker;
    let method = found.method;
    if (namedAfter) {
      speaker = namedAfter;
      method = "context";
    } else if (prevQuote && prevKeptIndex >= 0 && prevSpan && continues(text, q, prevSpan, attribution, segmentation)) {
      continuesQuote = prevKeptIndex;
      if (!speaker) {
        speaker = prevQuote.speakerSpan;
        method = "continuation";
      }
    } else if (!speaker && !attribution) {
      const context = contextSpeaker(q, para.start, antecedentsAround(q.paragraph)) ?? leadInSpeaker(text, segmentation, spans, q, antecedentsAround(q.paragraph));
      if (context) {
        speaker = context;
        method = "context";
      }
    }
    // A description ("the Colombian leader", "the statement") stands for an actor named earlier, or for no one we can name.
    let described: ExtractedActor | null = null;
    if (speaker) {
      const pronounAt = (pronoun: string, pos: number) => resolvePronoun(pronoun, pos, q.paragraph, sentenceAt(segmentation.sentences, pos)?.index ?? -1, antecedentsAround(q.paragraph), discourse);
      const reading = describedSpeaker(text, segmentation, speaker, q, actors, insideQuote, pronounAt);
      if (reading) {
        speaker = reading.span;
        described = reading.actor;
        if (reading.unidentified) method = "description";
        else if (!speaker) method = null;
      }
    }
    // A bare surname the article gives to more than one person: which of them speaks.
    const namesake = speaker && !described && method !== "description" ? namesakeSpeaker(text, speaker, Math.min(q.openAt, speaker.start), actors, insideQuote, namesakes) : null;
    const windows = attribution?.windows ?? [];
    const saidDate = pickDate(dates, windows, q);
    const venue = pickVenue(text, windows, attribution);
    out.push({
      start: q.start,
      end: q.end,
      text: quoteText,
      speakerSpan: speaker ? { start: speaker.start, end: speaker.end } : null,
      speakerAsWritten: speaker ? text.slice(speaker.start, speaker.end) : null,
      speakerKey: described?.key ?? namesake?.actor?.key ?? null,
      speaker: described?.name ?? namesake?.name ?? null,
      method: speaker ? method : null,
      saidDate,
      venue,
      continuesQuote,
    });
    kept.push(out.length - 1);
  }
  backfillFromContinuations(out);
  return out;
}

/**
 * The attribution of the previous quote in the same sentence, when its reporting verb came before
 * it and only a short coordinated stretch with no verb of saying separates the two quotes.
 */
function sharedAttribution(text: string, prev: QuoteSpan, q: QuoteSpan, prevAttribution: Attribution | null): Attribution | null {
  if (!prevAttribution?.verb || prevAttribution.verb.start > prev.openAt || prev.closeAt === null) return null;
  const between = text.slice(prev.closeAt + 1, q.openAt);
  if (!/^[\s,]*(?:and|or|but)\b/i.test(between) || countWordsIn(between) > 8) return null;
  if (between.split(/\s+/).some((w) => isSpeechVerbWord(w.toLowerCase()))) return null;
  return { ...prevAttribution, adjacent: false };
}

function countWordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function isNickname(text: string, q: QuoteSpan): boolean {
  if (q.closeAt === null || q.end - q.start > 20) return false;
  return /^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?$/u.test(text.slice(q.start, q.end)) && /\p{Lu}[\p{L}.'-]* $/u.test(text.slice(Math.max(0, q.openAt - 30), q.openAt)) && /^ \p{Lu}/u.test(text.slice(q.closeAt + 1, q.closeAt + 3));
}

/** The quote is a sentence of its own: nothing of the writer's before it in its sentence. */
function standsAlone(text: string, q: QuoteSpan, sentence: { start: number } | null): boolean {
  return sentence !== null && text.slice(sentence.start, q.openAt).trim() === "";
}

/** Wire style puts the attribution after a later paragraph of the quote: the earlier pieces share it. */
function backfillFromContinuations(quotes: ExtractedQuote[]): void {
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.continuesQuote === null || !q.speakerSpan) continue;
    const parent = quotes[q.continuesQuote];
    if (parent && !parent.speakerSpan) {
      quotes[q.continuesQuote] = { ...parent, speakerSpan: q.speakerSpan, speakerAsWritten: q.speakerAsWritten, method: "continuation" };
    }
  }
}

function resolveSpeaker(
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

/**
 * A speaker written as a definite description, or a spokesperson for one ("a spokesperson for the
 * command"): the actor it stands for (keeping the words as written), the issuer of the latest
 * statement for "the statement", or no speaker when nothing named fits. Undefined: not a description.
 */
function describedSpeaker(
  text: string,
  segmentation: Segmentation,
  span: Span,
  q: QuoteSpan,
  actors: readonly ExtractedActor[],
  insideQuote: (pos: number) => boolean,
  pronounAt: (pronoun: string, pos: number) => Span | null,
): { span: Span | null; actor: ExtractedActor | null; unidentified?: true } | undefined {
  const written = text.slice(span.start, span.end);
  const principal = /\b(?:spokes\w+|representatives?)\s+(?:for|of)\s+(the\s+[^,]+)$/i.exec(written);
  const description = readDescription(principal ? principal[1]! : written);
  if (!description) return undefined;
  // "The Ecuadorian navy": a description that is itself a mention names its actor.
  if (!principal) {
    for (const a of actors) {
      const m = a.mentions.find((m) => m.start >= span.start && m.end === span.end);
      if (m && a.kind !== "country") return { span: { start: m.start, end: m.end }, actor: a };
    }
  }
  if (description.document) {
    const issuer = statementIssuer(text, segmentation, Math.min(q.openAt, span.start), q.paragraph, insideQuote);
    // "She struck a similar tone in a statement issued Wednesday. “…,” the statement said."
    const issuerSpan = issuer?.kind === "pronoun" ? pronounAt(text.slice(issuer.start, issuer.end), issuer.start) : issuer ? speakerSpanOf(text, issuer) : null;
    return { span: issuerSpan, actor: null };
  }
  // Named before the quote, or by the time the description is read ("“…,” said the leader").
  const actor = resolveDescription(text, description, actors, Math.max(q.openAt, span.end));
  // No one fits: the words stay as written ("the admiral"), a description and not a name.
  return actor ? { span, actor } : { span, actor: null, unidentified: true };
}

function sentenceParagraph(segmentation: Segmentation, pos: number): number {
  return sentenceAt(segmentation.sentences, pos)?.paragraph ?? -1;
}

/**
 * speakerSpan: the bare name for named people and bodies, the whole phrase for
 * spokespeople and roles. An unnamed group ("U.S. officials", "one former
 * official") identifies nobody: no speaker.
 */
function speakerSpanOf(text: string, phrase: SpeakerPhrase): Span | null {
  if (phrase.anonymous) return null;
  // "one senior House Republican aide": one of a group, unnamed, even when the group is named.
  const written = text.slice(phrase.start, phrase.end);
  if (/^(?:one|two|three|several|some|another)\s/i.test(written) && ANONYMOUS_HEADS.test(written.split(/\s+/).pop() ?? "")) return null;
  if (phrase.kind === "name" || phrase.kind === "handle") return phrase.name;
  if (phrase.kind === "role") {
    const head = text.slice(phrase.start, phrase.end).split(/\s+/).pop() ?? "";
    if (ANONYMOUS_HEADS.test(head)) return null;
  }
  return { start: phrase.start, end: phrase.end };
}

/** A quote opening the paragraph after one that ends "…, he wrote:" is introduced by that clause. */
function attributionAcrossColon(text: string, segmentation: Segmentation, q: QuoteSpan, dates: readonly ExtractedDate[]): Attribution | null {
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

/**
 * The issuer of a document the previous sentence introduced, when "It" opens the quote's sentence
 * and nothing else was named between the document and the pronoun.
 */
function documentJustIntroduced(text: string, segmentation: Segmentation, pos: number, sentenceIndex: number, paragraph: number): Span | null {
  const sentence = segmentation.sentences[sentenceIndex];
  const before = segmentation.sentences[sentenceIndex - 1];
  if (!sentence || !before || text.slice(sentence.start, pos).trim() !== "" || !/\b(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|communiqu[eé]|readout|declaration|letter|message|notice|memo|memorandum|filing)\b/iu.test(text.slice(before.start, before.end))) return null;
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

/**
 * A quote continues the previous one when nothing new attributes it and it
 * follows directly: in the same paragraph, or opening the next paragraph after
 * a paragraph that held a quote (the wire convention reopens the mark).
 */
function continues(text: string, q: QuoteSpan, prev: QuoteSpan, attribution: Attribution | null, segmentation: Segmentation): boolean {
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
 * A reporting verb after the closing mark in the quote's sentence ("“…,” the pilot, a
 * veteran of the route, recalled"): the quote has an attribution of its own, even one not read.
 */
function reportedAfter(text: string, q: QuoteSpan, segmentation: Segmentation): boolean {
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
function leadInSpeaker(text: string, segmentation: Segmentation, spans: readonly QuoteSpan[], q: QuoteSpan, antecedents: readonly Antecedent[]): Span | null {
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
function contextSpeaker(q: QuoteSpan, paragraphStart: number, antecedents: readonly Antecedent[]): Span | null {
  let best: Antecedent | null = null;
  for (const a of antecedents) {
    if (a.span.end > q.openAt) break;
    if (a.span.start >= paragraphStart && a.subject) best = a;
  }
  return best?.span ?? null;
}

function pickDate(dates: readonly ExtractedDate[], windows: readonly Span[], q: QuoteSpan): ExtractedQuote["saidDate"] {
  for (const w of windows) {
    for (const d of dates) {
      if (d.start >= w.start && d.end <= w.end && (d.end <= q.start || d.start >= q.end)) {
        return { date: d.date, precision: d.precision, approximate: d.approximate, start: d.start, end: d.end, text: d.text };
      }
    }
  }
  return null;
}

function pickVenue(text: string, windows: readonly Span[], attribution: Attribution | null): ExtractedQuote["venue"] {
  if (!attribution) return null;
  for (const w of windows) {
    const v = findVenue(text, w.start, w.end, null);
    if (v) return v;
  }
  return null;
}
