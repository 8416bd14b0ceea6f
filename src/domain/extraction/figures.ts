import {
  AS_OF_CUE,
  DEATH_NOUN,
  DESTROY_AFTER,
  DESTROY_BEFORE,
  KILL_AFTER,
  KILL_BEFORE,
  COUNT_LEAD,
  KILLED_WORD,
  MODIFIER_SOURCE,
  NOT_STRUCK,
  TOLL_BEFORE,
  ABOARD_AFTER,
  POPULATION_BEFORE,
  ONE_OF_ELIDED,
  OTHER_NOUN,
  PEOPLE_NOUN,
  QUALIFIER_SOURCE,
  RESCUED_AFTER,
  STRIKE_NOUN,
  SURVIVE_AFTER,
  SURVIVOR_NOUN,
  VESSEL_NOUN,
} from "./figures/lexicon";
import { CARDINAL_SOURCE, ORDINAL_SOURCE, parseCardinal, parseOrdinal } from "./figures/number-words";
import { sentenceAt } from "./segment";
import type { ArticleDate, DatePrecision, ExtractedDate, ExtractedFigure, FigureKind, Segmentation } from "./types";

/**
 * Counts of the dead, of strikes, of survivors and of vessels hit, with their
 * hedges ("at least", "nearly").
 *
 * Span convention: from the qualifier through the counted noun, without the
 * verb: "killing at least 76 people" gives "at least 76 people"; a count with
 * no noun is the qualifier and number alone ("a strike that killed six" gives
 * "six"); a running tally "the 20th strike" gives "20th strike".
 *
 * A number is only a figure when what it counts is known: money ("$50
 * million"), percentages, doses, ages ("19-year-old"), years and other dates,
 * times and vague plurals ("dozens", "hundreds of tons") are not. Counts of
 * troops, countries, ships or people not said to be dead come out as "other".
 */
export function extractFigures(
  text: string,
  segmentation: Segmentation,
  dates: readonly ExtractedDate[],
  published: ArticleDate,
): ExtractedFigure[] {
  try {
    return extract(text, segmentation, dates, published);
  } catch {
    return [];
  }
}

const MODS = `(?:\\s+${MODIFIER_SOURCE}){0,2}`;

/** A count with its hedge: "at least 76", "nearly ninety", "a dozen". Not inside words, money, codes or decimals. */
const COUNT_RE = new RegExp(
  `(?<![\\w$€£¥.,/:+\\-])(?:(${QUALIFIER_SOURCE})\\s+)?(${CARDINAL_SOURCE})(?![\\w%\\-]|[.,:/]\\d|\\s*(?:%|percent|per cent))`,
  "gi",
);

const NOUN_AFTER = new RegExp(
  `^${MODS}\\s+(?:(${SURVIVOR_NOUN})|(${STRIKE_NOUN})|(${VESSEL_NOUN})|(${PEOPLE_NOUN})|(${DEATH_NOUN})|(${OTHER_NOUN}))\\b(?!-)`,
);

/** "the 20th strike", "its 16th strike", "the eighth attack": the tally so far. "the first strike" is an event, not a count. */
const ORDINAL_RE = new RegExp(`\\b(?:the|its|their)\\s+(?:latest\\s+)?(${ORDINAL_SOURCE})((?:\\s+(?:such|known|lethal|US|U\\.S\\.|American|military|boat|deadly|reported))*\\s+${STRIKE_NOUN})\\b`, "gi");

/** Partitives count part of a group ("three of the dead were fishermen"): only "N of those … survived" is kept. */
const PARTITIVE = /^\s+of\s+(?:the|those|them|whom)\b/i;
/** The group a partitive takes its part from: " of the four crew members". */
const GROUP_AFTER = new RegExp(`^\\s+of\\s+(?:the|those|these|its|their)\\s+(?:${CARDINAL_SOURCE}\\s+)?(?:${MODIFIER_SOURCE}\\s+){0,2}${PEOPLE_NOUN}\\b`, "i");

/** "one in five", "three out of 10": a ratio, not a count. */
const RATIO_AFTER = new RegExp(`^\\s+(?:out of|in|of every)\\s+(?:\\d|(?:${CARDINAL_SOURCE})\\b)`, "i");

type AsOf = { asOf: string; asOfPrecision: DatePrecision };

function extract(
  text: string,
  segmentation: Segmentation,
  dates: readonly ExtractedDate[],
  published: ArticleDate,
): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  const inDate = (start: number, end: number) => dates.some((d) => d.start < end && start < d.end);
  const sentenceStart = (offset: number) => sentenceAt(segmentation.sentences, offset)?.start ?? 0;
  const asOfFor = (offset: number): AsOf => asOfDate(text, segmentation, dates, published, offset);

  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const qualifier = m[1] ? m[1].toLowerCase().replace(/\s+/g, " ") : null;
    const numberRaw = m[2] ?? "";
    const numberStart = m.index + m[0].length - numberRaw.length;
    const numberEnd = m.index + m[0].length;
    if (inDate(numberStart, numberEnd)) continue;
    // The group of a partitive already read ("two of the four crew members") is not a second count.
    if (out.some((f) => f.start <= numberStart && numberEnd <= f.end)) continue;
    const value = parseCardinal(numberRaw);
    if (value === null || !Number.isInteger(value) || value < 0) continue;
    const figure = classify(text, m.index, numberEnd, value, sentenceStart(m.index));
    if (!figure) continue;
    const start = figure.bare ? numberStart : m.index;
    out.push({
      start,
      end: figure.end,
      text: text.slice(start, figure.end),
      value,
      kind: figure.kind,
      qualifier: figure.bare ? null : qualifier,
      ...asOfFor(m.index),
    });
  }

  ORDINAL_RE.lastIndex = 0;
  for (let m = ORDINAL_RE.exec(text); m; m = ORDINAL_RE.exec(text)) {
    const value = parseOrdinal(m[1] ?? "");
    if (value === null || value < 2) continue;
    const start = m.index + m[0].length - (m[1] ?? "").length - (m[2] ?? "").length;
    const end = m.index + m[0].length;
    // "the second strike" is usually a repeat strike on the same boat, not a tally: from the third on,
    // or when the text says so ("the second strike since …", "the second such strike").
    if (value < 3 && !/\bsuch\b/i.test(m[2] ?? "") && !/^\s+(?:since|of the campaign|in the campaign)\b/i.test(text.slice(end, end + 30))) continue;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    out.push({ start, end, text: text.slice(start, end), value, kind: "strikes", qualifier: null, ...asOfFor(m.index) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * What a count counts, read from the noun after it and the verb around it.
 * Returns where the figure phrase ends, or null when it is not a figure.
 */
function classify(
  text: string,
  start: number,
  numberEnd: number,
  value: number,
  sentenceStart: number,
): { kind: FigureKind; end: number; bare?: boolean } | null {
  const after = text.slice(numberEnd, numberEnd + 80);
  // An opening quote mark between the verb and the count ("killed \u201cmore than 120 people") is not a word.
  const before = text.slice(Math.max(sentenceStart, start - 80), start).replace(/[\u201c\u2018"'\u00ab]\s*$/, "");
  if (/^\s*(?:-|–)?\s*year/i.test(after) || RATIO_AFTER.test(after)) return null;

  if (PARTITIVE.test(after)) {
    // "Only two of those on board are known to have survived."
    const survived = SURVIVE_AFTER.exec(after);
    if (survived) return { kind: "survivors", end: numberEnd, bare: false };
    // "two of the four crew members died": the part is the toll, the whole is not counted again.
    const group = GROUP_AFTER.exec(after);
    if (group && KILL_AFTER.test(after.slice(group[0].length))) return { kind: "killed", end: numberEnd + group[0].length };
    return null;
  }

  const noun = NOUN_AFTER.exec(after);
  if (noun) {
    const end = numberEnd + noun[0].length;
    const rest = text.slice(end, end + 60);
    // "a second strike killed two survivors of the first": the survivors are the dead here.
    if (noun[1]) return { kind: KILL_BEFORE.test(before) ? "killed" : "survivors", end };
    if (noun[2]) return value >= 2 || /s$/i.test(noun[2]) ? { kind: "strikes", end } : null;
    if (noun[3]) {
      if (DESTROY_BEFORE.test(before) || DESTROY_AFTER.test(rest)) return { kind: "vessels", end };
      if (POPULATION_BEFORE.test(before)) return { kind: "other", end };
      // Boats counted in coverage of strikes are the boats struck, unless rescuers, patrols or fleets.
      const clause = text.slice(Math.max(sentenceStart, start - 80), Math.min(text.length, end + 60));
      return { kind: NOT_STRUCK.test(clause) ? "other" : "vessels", end };
    }
    if (noun[4]) {
      const aboard = ABOARD_AFTER.exec(rest);
      const verb = aboard ? rest.slice(aboard[0].length) : rest;
      if (KILL_BEFORE.test(before) || KILL_AFTER.test(verb) || TOLL_BEFORE.test(before)) return { kind: "killed", end };
      if (/^[^,;.!?]{0,30}?\bsurvived\b/i.test(rest) || RESCUED_AFTER.test(verb)) return { kind: "survivors", end };
      return { kind: "other", end };
    }
    if (noun[5]) return { kind: "killed", end };
    return { kind: "other", end };
  }
  // No noun, but the subject names it: "the strike was one of seven the military has carried out".
  const elided = ONE_OF_ELIDED.exec(before);
  if (elided && !/^\s+(?:of|out)\b/i.test(after)) {
    return { kind: new RegExp(`^${STRIKE_NOUN}$`, "i").test(elided[1] ?? "") ? "strikes" : "vessels", end: numberEnd };
  }
  // No noun: only a verb of killing tells what is counted ("a strike that killed six", "left 11 dead",
  // "the number of people killed rose to nearly 90").
  if (KILL_BEFORE.test(before) || KILL_AFTER.test(after) || (COUNT_LEAD.test(before.slice(-12)) && KILLED_WORD.test(before))) {
    if (/^\s+(?:times|hours|days|weeks|months|years|miles|kilometers|km|tons|tonnes|kilos|kilograms|pounds|dollars)\b/i.test(after)) {
      return null;
    }
    return { kind: "killed", end: numberEnd };
  }
  return null;
}

/** The date a figure holds at: a date in its sentence introduced by "as of"/"by", else the publication date. */
function asOfDate(
  text: string,
  segmentation: Segmentation,
  dates: readonly ExtractedDate[],
  published: ArticleDate,
  offset: number,
): AsOf {
  const sentence = sentenceAt(segmentation.sentences, offset);
  if (sentence) {
    for (const d of dates) {
      if (d.start < sentence.start || d.end > sentence.end) continue;
      if (AS_OF_CUE.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))) {
        return { asOf: d.date, asOfPrecision: d.precision };
      }
    }
  }
  return { asOf: published.date, asOfPrecision: published.precision };
}
