import type { ArticleDate, ArticleExtraction, ExtractedDate, ResolvedDate, Sentence, Span } from "../extraction/types";
import { trimToWords } from "./clause-span";
import { dayInterval, type DayInterval } from "./date-interval";
import { HISTORICAL_TRIGGER_RE, SPEECH_VERB_RE, TRIGGERS, type EventKind } from "./event-kinds";
import { utterances } from "./link-quotes";
import { regionResolver } from "./event-region";

export type { EventKind };

export type EventCandidate = {
  kind: EventKind;
  date: ResolvedDate;
  /** The date phrase in the article (null when the date comes from elsewhere). */
  dateSpan: Span | null;
  /** An exact slice of the source sentence (or the quote, for statements), <= TITLE_MAX chars. */
  title: Span;
  titleText: string;
  /** The sentence that reports the event. */
  source: Span;
  sourceText: string;
  trigger: Span | null;
  region: string | null;
  actorKeys: string[];
  /** Statement events: the quote (head index and full span) and who said it. */
  quote?: { index: number; span: Span; text: string; speakerKey: string | null; speaker: string | null; speakerSpan: Span | null };
};

export const TITLE_MAX = 140;
/** An event dated more than this many days before publication is history, whatever its trigger. */
const HISTORICAL_DAYS = 365;
/** A reporting verb this close (in characters) to the date phrase means the date dates the saying. */
const SPEECH_DATE_DISTANCE = 24;

type Hit = { kind: Exclude<EventKind, "historical">; strength: number; start: number; end: number };

/**
 * Events reported by one article: sentences with a resolved date and an event
 * trigger (one candidate per sentence, the strongest trigger deciding the
 * kind), plus one statement event per dated quote.
 */
export function extractEventCandidates(text: string, extraction: ArticleExtraction, published: ArticleDate): EventCandidate[] {
  const out: EventCandidate[] = [];
  const pub = dayInterval(published);
  const regionOf = regionResolver(text, extraction);
  const quoteSentences = new Set<number>();

  for (const u of utterances(extraction.quotes)) {
    const head = extraction.quotes[u.head];
    const dated = u.quoteIndexes.map((i) => extraction.quotes[i]!).find((q) => q.saidDate);
    if (!head || !dated?.saidDate) continue;
    const sentence = sentenceContaining(extraction.segmentation.sentences, dated.saidDate) ?? sentenceContaining(extraction.segmentation.sentences, head);
    if (!sentence) continue;
    quoteSentences.add(sentence.index);
    const title = trimToWords(text, { start: head.start, end: head.end }, TITLE_MAX);
    const last = extraction.quotes[u.quoteIndexes[u.quoteIndexes.length - 1]!]!;
    const { start: ds, end: de, date, precision, approximate } = dated.saidDate;
    out.push({
      kind: "statement",
      date: { date, precision, approximate },
      dateSpan: { start: ds, end: de },
      title,
      titleText: text.slice(title.start, title.end),
      source: { start: sentence.start, end: sentence.end },
      sourceText: text.slice(sentence.start, sentence.end),
      trigger: null,
      region: regionOf({ kind: "statement", date: { date, precision, approximate }, source: sentence, trigger: null }),
      actorKeys: actorKeysIn(extraction, sentence, u.speakerKey),
      quote: {
        index: u.head,
        span: { start: head.start, end: Math.max(head.end, last.end) },
        text: u.text,
        speakerKey: u.speakerKey,
        speaker: u.speaker,
        speakerSpan: dated.speakerSpan ?? head.speakerSpan,
      },
    });
  }

  for (const sentence of extraction.segmentation.sentences) {
    const dates = extraction.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    if (dates.length === 0) continue;
    const hits = triggerHits(text, sentence);
    const best = chooseTrigger(text, sentence, hits, dates, (d) => isHistorical(d, pub));
    if (!best) continue;
    const date = nearestDate(dates, best);
    let kind: EventKind = best.kind;
    if (isHistorical(date, pub)) kind = "historical";
    if (kind === "statement" && quoteSentences.has(sentence.index)) continue;
    const title = titleSpan(text, sentence, best, date);
    out.push({
      kind,
      date: { date: date.date, precision: date.precision, approximate: date.approximate },
      dateSpan: { start: date.start, end: date.end },
      title,
      titleText: text.slice(title.start, title.end),
      source: { start: sentence.start, end: sentence.end },
      sourceText: text.slice(sentence.start, sentence.end),
      trigger: { start: best.start, end: best.end },
      region: regionOf({ kind, date, source: sentence, trigger: best }),
      actorKeys: actorKeysIn(extraction, sentence, null),
    });
  }
  return out.sort((a, b) => a.source.start - b.source.start || a.title.start - b.title.start);
}

function triggerHits(text: string, sentence: Span): Hit[] {
  const s = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  for (const t of TRIGGERS) {
    t.re.lastIndex = 0;
    for (const m of s.matchAll(t.re)) {
      if (insideQuote(s, m.index)) continue;
      hits.push({ kind: t.kind, strength: t.strength, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  }
  return hits;
}

/**
 * The trigger that decides the kind. A reporting verb next to the date makes
 * a statement ("Barrot said the same day that the strikes …"), unless the
 * speaker announces their own act ("said on Tuesday that he was ordering …").
 */
function chooseTrigger(text: string, sentence: Span, hits: Hit[], dates: ExtractedDate[], old: (d: ExtractedDate) => boolean): Hit | null {
  const s = text.slice(sentence.start, sentence.end);
  SPEECH_VERB_RE.lastIndex = 0;
  for (const m of s.matchAll(SPEECH_VERB_RE)) {
    if (insideQuote(s, m.index)) continue;
    const vStart = sentence.start + m.index;
    const vEnd = vStart + m[0].length;
    const near = dates.some((d) => Math.min(Math.abs(d.start - vEnd), Math.abs(vStart - d.end)) <= SPEECH_DATE_DISTANCE);
    if (!near) continue;
    const complement = /^[^.]*?\bthat\s+(?:he|she|it|they|we)\b/.exec(text.slice(vEnd, sentence.end));
    const ownAct = complement ? strongest(hits.filter((h) => h.kind !== "statement" && h.start >= vEnd)) : null;
    return ownAct ?? { kind: "statement", strength: 0, start: vStart, end: vEnd };
  }
  const best = strongest(hits.filter((h) => h.kind !== "statement"));
  if (best) return best;
  HISTORICAL_TRIGGER_RE.lastIndex = 0;
  const hist = HISTORICAL_TRIGGER_RE.exec(s);
  if (hist && dates.some(old)) {
    return { kind: "policy", strength: 0, start: sentence.start + hist.index, end: sentence.start + hist.index + hist[0].length };
  }
  return strongest(hits);
}

function isHistorical(date: ResolvedDate, pub: DayInterval | null): boolean {
  const interval = dayInterval(date);
  return !!pub && !!interval && pub.start - interval.end > HISTORICAL_DAYS;
}

function strongest(hits: Hit[]): Hit | null {
  let best: Hit | null = null;
  for (const h of hits) if (!best || h.strength > best.strength || (h.strength === best.strength && h.start < best.start)) best = h;
  return best;
}

function nearestDate(dates: ExtractedDate[], hit: Span): ExtractedDate {
  let best = dates[0]!;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = d.end <= hit.start ? hit.start - d.end : d.start >= hit.end ? d.start - hit.end : 0;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

const LEAD_ADVERBIAL_RE =
  /^(?:on|in|at|by|when|after|before|since|during|until|late|early|earlier|last|this|two|three|several|ahead of|as|asked|already|meanwhile|separately|but|and|yet|also)\b/i;
const DATELINE_RE = /^[\p{Lu}][\p{Lu} .,'-]+\s+[\u2014\u2013-]\s+/u;
const TRAILING_CLAUSE_RE =
  /(?:;|,\s+(?=(?:according|citing|saying|asserting|adding|noting|who|which|though|although|but|while|whereas|as|after|in a|amid|despite)\b)|\s+[\u2014\u2013]\s+)/giu;

/** The main clause around the trigger, without leading dates/subordinate clauses or trailing asides. */
function titleSpan(text: string, sentence: Sentence, trigger: Span, date: ExtractedDate): Span {
  let start = sentence.start;
  const dl = DATELINE_RE.exec(text.slice(start, sentence.end));
  if (dl && start + dl[0].length < trigger.start) start += dl[0].length;
  // leading "On Tuesday, …" / "When he returned to office in January, …"
  for (;;) {
    const comma = text.indexOf(",", start);
    if (comma < 0 || comma >= trigger.start) break;
    const lead = text.slice(start, comma);
    const holdsDate = date.start >= start && date.end <= comma;
    if (!(holdsDate || LEAD_ADVERBIAL_RE.test(lead)) || lead.split(/\s+/).length > 12) break;
    start = comma + 1;
    while (start < sentence.end && /\s/.test(text[start] ?? "")) start++;
  }
  let end = sentence.end;
  const tail = text.slice(trigger.end, sentence.end);
  TRAILING_CLAUSE_RE.lastIndex = 0;
  const cut = TRAILING_CLAUSE_RE.exec(tail);
  if (cut) end = trigger.end + cut.index;
  while (end > start && /[\s.,;:]/.test(text[end - 1] ?? "")) end--;
  return trimToWords(text, { start, end }, TITLE_MAX, trigger);
}

function insideQuote(s: string, i: number): boolean {
  const head = s.slice(0, i);
  return (head.match(/\u201c/g) ?? []).length > (head.match(/\u201d/g) ?? []).length;
}

function actorKeysIn(extraction: ArticleExtraction, span: Span, extra: string | null): string[] {
  const keys = new Set<string>();
  if (extra) keys.add(extra);
  for (const a of extraction.actors) {
    if (a.mentions.some((m) => m.start >= span.start && m.end <= span.end)) keys.add(a.key);
  }
  return [...keys].sort();
}

function sentenceContaining(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  return sentences.find((s) => span.start >= s.start && span.start < s.end);
}
