import { sentenceAt } from "./segment";
import type { ExtractedActor, ExtractedDate, ExtractedQuote, QuoteAttributionMethod, Segmentation, Span } from "./types";
import { collectAntecedents, indexWithin, neverSpeaker, resolvePronoun, resolveRoleAnaphor, type Antecedent } from "./quotes/antecedents";
import { attributionAfter, attributionBefore, subjectBeforeVerb, type Attribution } from "./quotes/attribution";
import { findQuoteSpans, type QuoteSpan } from "./quotes/find-quote-spans";
import { isStatement } from "./quotes/statement";
import { phraseStartingAt, type SpeakerPhrase } from "./quotes/speaker-phrase";
import { findVenue } from "./quotes/venue";
import { wordAfter } from "./quotes/words";
import { ANONYMOUS_HEADS, INTRO_WORDS } from "./quotes/lexicon";

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
  const antecedentsAround = (paragraph: number): Antecedent[] => {
    const out: Antecedent[] = [];
    for (let p = Math.max(0, paragraph - 3); p <= paragraph; p++) {
      let list = byParagraph.get(p);
      if (!list) {
        list = collectAntecedents(text, segmentation, spans, actors, dates, p, p);
        byParagraph.set(p, list);
      }
      out.push(...list);
    }
    return out;
  };
  const out: ExtractedQuote[] = [];
  /** Index in `out` of the quote kept for each span, or -1. */
  const kept: number[] = [];
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

    let attribution = attributionAfter(text, q, hi, dates, nextParagraph);
    if (!attribution) attribution = attributionBefore(text, q, lo, sentenceStart, dates, MAX_VERB_DISTANCE);
    if (!attribution) attribution = attributionAcrossColon(text, segmentation, q, dates);
    const quoteText = text.slice(q.start, q.end);
    const prevKept = prevSpan !== null && (kept[k - 1] ?? -1) >= 0;
    const continuing = prevKept && prevSpan !== null && !attribution && continues(text, q, prevSpan, null, segmentation);
    if (!isStatement(text, q, quoteText, attribution, continuing)) {
      kept.push(-1);
      continue;
    }
    const prevKeptIndex = prevSpan ? kept[k - 1] ?? -1 : -1;
    const prevQuote = prevKeptIndex >= 0 ? out[prevKeptIndex]! : null;
    const found = resolveSpeaker(text, segmentation, q, attribution, sentence?.index ?? -1, () => antecedentsAround(q.paragraph), prevQuote, prevInParagraph !== null && prevKeptIndex >= 0 && sentence !== undefined && prevQuote !== null && prevQuote.end >= sentence.start);

    let continuesQuote: number | null = null;
    let speaker = found.speaker;
    let method = found.method;
    if (prevQuote && prevKeptIndex >= 0 && prevSpan && continues(text, q, prevSpan, attribution, segmentation)) {
      continuesQuote = prevKeptIndex;
      if (!speaker) {
        speaker = prevQuote.speakerSpan;
        method = "continuation";
      }
    } else if (!speaker && !attribution) {
      const context = contextSpeaker(q, para.start, antecedentsAround(q.paragraph));
      if (context) {
        speaker = context;
        method = "context";
      }
    }
    const windows = attribution?.windows ?? [];
    const saidDate = pickDate(dates, windows, q);
    const venue = pickVenue(text, windows, attribution);
    out.push({
      start: q.start,
      end: q.end,
      text: quoteText,
      speakerSpan: speaker ? { start: speaker.start, end: speaker.end } : null,
      speakerAsWritten: speaker ? text.slice(speaker.start, speaker.end) : null,
      speakerKey: null,
      speaker: null,
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
  prevQuote: ExtractedQuote | null,
  prevInSameSentence: boolean,
): Found {
  if (!attribution) return { speaker: null, method: null, attribution };
  if (attribution.inheritsSubject) {
    // "…,” he said, adding that “…”": the earlier quote in the sentence already has the speaker.
    if (prevInSameSentence && prevQuote?.speakerSpan) return { speaker: prevQuote.speakerSpan, method: prevQuote.method, attribution };
    const subject = clauseSubject(text, segmentation, q, attribution, getAntecedents);
    return subject ? { speaker: subject.span, method: subject.method, attribution } : { speaker: null, method: null, attribution };
  }
  const phrase = attribution.phrase;
  if (phrase.kind === "pronoun") {
    const pronoun = text.slice(phrase.start, phrase.end);
    const ante = resolvePronoun(pronoun, Math.min(phrase.start, q.openAt), q.paragraph, sentenceIndex, getAntecedents());
    return { speaker: ante, method: "pronoun", attribution };
  }
  // "the aide said": the person last introduced as an aide.
  const anaphor = phrase.kind === "role" || phrase.kind === "spokesperson" ? resolveRoleAnaphor(text, phrase, segmentation, getAntecedents) : null;
  if (anaphor) return { speaker: anaphor, method: "pronoun", attribution };
  const span = speakerSpanOf(text, phrase);
  // A dateline, a headline in capitals or a platform is never the speaker.
  if (span && neverSpeaker(text, span, segmentation.paragraphs[sentenceParagraph(segmentation, span.start)])) return { speaker: null, method: null, attribution };
  return { speaker: span, method: attribution.method, attribution };
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
  return attributionBefore(text, { ...q, openAt: prev.end }, start, start, dates, MAX_VERB_DISTANCE);
}

/** For a participle: the subject of the finite reporting verb before it, or the sentence's subject. */
function clauseSubject(
  text: string,
  segmentation: Segmentation,
  q: QuoteSpan,
  attribution: Attribution,
  getAntecedents: () => Antecedent[],
): { span: Span; method: QuoteAttributionMethod } | null {
  const verb = attribution.verb!;
  const sentence = sentenceAt(segmentation.sentences, verb.start);
  if (!sentence) return null;
  let start = sentence.start;
  const first = wordAfter(text, start, sentence.end);
  if (first && INTRO_WORDS.has(first.lower)) {
    const comma = indexWithin(text, ",", start, verb.start);
    if (comma >= 0) start = comma + 1;
  }
  const phrase = phraseStartingAt(text, start, verb.start) ?? subjectBeforeVerb(text, verb.start, sentence.start, []);
  if (!phrase) return null;
  if (phrase.kind === "pronoun") {
    const ante = resolvePronoun(text.slice(phrase.start, phrase.end), phrase.start, q.paragraph, sentence.index, getAntecedents());
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
  return q.openAt === para.start;
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
