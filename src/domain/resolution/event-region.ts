import type { ArticleExtraction, ResolvedDate, Sentence, Span } from "../extraction/types";
import type { EventKind } from "./event-kinds";
import { formatRegion, regionHits, theatreNames, type RegionHit } from "./regions";

/** What region assignment needs to know of an event candidate. */
export type RegionQuery = { kind: EventKind; date: ResolvedDate; source: Span; trigger: Span | null };

/** Sentences after (or, for an anaphoric event sentence, before) the event's that may still describe its strike. */
const NEARBY = 3;
/** "The strike …", "That attack …", "It took place …": a sentence that goes on about a strike already named. */
const ANAPHOR_RE = /^(?:[\p{Lu}][\p{Lu} .,'-]+\s+[\u2014\u2013-]\s+)?(?:(?:the|that|this|its|their)\s+(?:[\w\u2019'.-]+\s+){0,3}(?:strikes?|attacks?|boats?|vessels?|operation|incident|raid)\b|it\s+(?:took place|happened|occurred)\b)/iu;
/** A roundup's parts: a separator line, or a later paragraph opening with its own dateline ("PORT OF SPAIN (AP) — "). */
const SEPARATOR_RE = /^[-*_=~\u2014\u2013\s]{3,}$/u;
const DATELINE_RE = /^[\p{Lu}][\p{Lu}\p{M} .,'-]{2,}(?:\([^)]{1,40}\))?\s*[\u2014\u2013-]{1,2}\s/u;
/** A plural strike noun: with a date coarser than a day it reports the campaign, not one strike. */
const PLURAL_TRIGGER_RE = /^(?:strikes|airstrikes|attacks|bombings)$/i;

/**
 * A resolver of events' regions (theatres) in one article, honest about what
 * the text says:
 * - a strike's own sentence first; then, for one strike, its paragraph, then
 *   nearby sentences that go on about the same strike ("The attack took place
 *   off …"), then the article when it names a single theatre for strikes;
 *   two theatres at any of these steps mean the strike's is unknown (null);
 * - a campaign-wide report ("the strikes, which began in September") takes
 *   every theatre the article names for the strikes;
 * - other events (a recall of an ambassador after a strike in the Caribbean,
 *   survivors rescued in the eastern Pacific) only from their own sentence,
 *   when it ties the sea to the strikes; history never.
 * Only seas named beside words about the strikes count beyond the own
 * sentence ("the Caribbean islands of Aruba", "smuggling via the Caribbean"
 * place nothing).
 */
export function regionResolver(text: string, extraction: ArticleExtraction): (event: RegionQuery) => string | null {
  const { sentences } = extraction.segmentation;
  const hits = sentences.map((s) => regionHits(text, s));
  const easternPacific = hits.some((h) => h.some((x) => x.name === "eastern Pacific"));
  const names = (list: readonly RegionHit[]) => theatreNames(list, easternPacific);
  const strikeHits = (i: number) => hits[i]!.filter((h) => h.nearStrike);
  // The "article" a strike belongs to is its section: a roundup's parts are separate stories.
  const sectionOf = sections(text, extraction);
  const sectionTheatres = (section: number) =>
    names(hits.flatMap((h, k) => (sectionOf[sentences[k]!.paragraph] === section ? h.filter((x) => x.nearStrike) : [])));
  const datesIn = (s: Sentence) => extraction.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  // Another date in a sentence means it may be about another strike.
  const sameOccasion = (s: Sentence, date: ResolvedDate) => datesIn(s).every((d) => d.date === date.date);
  /** One theatre decides; several leave it unknown; none looks further. */
  const decide = (list: readonly RegionHit[]): { region: string | null } | null => {
    const n = names(list);
    return n.length === 0 ? null : { region: n.length === 1 ? n[0]! : null };
  };

  return (event) => {
    if (event.kind === "historical") return null;
    const i = sentences.findIndex((s) => event.source.start >= s.start && event.source.start < s.end);
    if (i < 0) return null;
    const sentence = sentences[i]!;
    if (event.kind !== "strike") return formatRegion(names(strikeHits(i)));

    const own = names(hits[i]!);
    if (own.length) return formatRegion(own);
    const trigger = event.trigger ? text.slice(event.trigger.start, event.trigger.end) : "";
    const articleTheatres = sectionTheatres(sectionOf[sentence.paragraph]!);
    if (event.date.precision !== "day" && PLURAL_TRIGGER_RE.test(trigger)) return formatRegion(articleTheatres);

    const paragraph = sentences.filter((s, k) => k !== i && s.paragraph === sentence.paragraph && sameOccasion(s, event.date));
    const inParagraph = decide(paragraph.flatMap((s) => strikeHits(s.index)));
    if (inParagraph) return inParagraph.region;

    const nearby: Sentence[] = [];
    for (let k = i + 1; k < sentences.length && k <= i + NEARBY; k++) {
      const s = sentences[k]!;
      if (!sameOccasion(s, event.date)) break;
      if (s.paragraph !== sentence.paragraph && ANAPHOR_RE.test(text.slice(s.start, s.end))) nearby.push(s);
    }
    if (ANAPHOR_RE.test(text.slice(sentence.start, sentence.end))) {
      for (let k = i - 1; k >= 0 && k >= i - NEARBY; k--) {
        const s = sentences[k]!;
        if (!sameOccasion(s, event.date)) break;
        if (s.paragraph !== sentence.paragraph) nearby.push(s);
      }
    }
    const inNearby = decide(nearby.flatMap((s) => strikeHits(s.index)));
    if (inNearby) return inNearby.region;

    return articleTheatres.length === 1 ? articleTheatres[0]! : null;
  };
}

/**
 * Section number of each paragraph. A separator line starts a section, and so
 * does a dateline when the section already has one: a roundup's second story.
 */
function sections(text: string, extraction: ArticleExtraction): number[] {
  let section = 0;
  let datelined = false;
  return extraction.segmentation.paragraphs.map((p) => {
    const line = text.slice(p.start, p.end);
    if (SEPARATOR_RE.test(line)) {
      section++;
      datelined = false;
    } else if (DATELINE_RE.test(line)) {
      if (datelined) section++;
      datelined = true;
    }
    return section;
  });
}
