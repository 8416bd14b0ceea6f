import { sentenceAt } from "./segment";
import type { ExtractedActor, ExtractedDate, ExtractedQuote, Segmentation } from "./types";
import { attributionAcrossColon } from "./quotes/across-colon";
import { collectAntecedents, resolvePronoun, type Antecedent, type Discourse } from "./quotes/antecedents";
import { attributionAfter, attributionBefore, MAX_VERB_DISTANCE, type Attribution } from "./quotes/attribution";
import { colonLeadIn } from "./quotes/colon-lead-in";
import { backfillFromContinuations, continues, sharedAttribution } from "./quotes/continuation";
import { describedSpeaker } from "./quotes/described-speaker";
import { findQuoteSpans } from "./quotes/find-quote-spans";
import { speakerNamedAfter } from "./quotes/named-after";
import { namesakeSpeaker, type NamesakeCache } from "./quotes/namesake";
import { isNickname, standsAlone } from "./quotes/quote-position";
import { resolveSpeaker } from "./quotes/resolve-speaker";
import { pickDate, pickVenue } from "./quotes/said-when-where";
import { isStatement } from "./quotes/statement";
import { contextSpeaker, leadInSpeaker, reportedAfter } from "./quotes/unattributed";

export { attachSpeakers } from "./quotes/attach-speakers";

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
