import { parseCardinal } from "../figures/number-words";
import { addDays, addMonths, weekday, type Anchor, type Ymd } from "./calendar";
import { HOLIDAY_SOURCE, holidayFrom } from "./holidays";
import {
  COUNT_NOUN,
  COUNT_QUALIFIER,
  MONTH_NAME_SOURCE,
  NOT_YEAR_CUE,
  SMALL_COUNT_SOURCE,
  VAGUE_QUALIFIER_SOURCE,
  WEEKDAY_NAME_SOURCE,
  YEAR_CUE,
  monthNumber,
  weekdayNumber,
} from "./lexicon";
import {
  fromAnchor,
  futureBefore,
  resolution,
  weekdayFrom,
  yearOfMonth,
  type Direction,
  type Resolution,
} from "./resolve";

/**
 * News-specific date phrases that chrono either misses or resolves the way a
 * calendar app would (towards the future): weekdays, bare months, "two weeks
 * ago", "late last month", "this week", years, decades, and phrases counted
 * from the previous date in the text ("two days later", "the same day").
 *
 * Span convention: the dated phrase itself with its modifiers ("Late last
 * month", "early September", "about two weeks ago", "last Thursday"), without
 * the preposition that introduces it ("on", "in", "since").
 */

export type ResolveContext = {
  anchor: Anchor;
  /** The previous resolved date in the text, when it lies within a couple of paragraphs. */
  prev: Resolution | null;
};

export type Candidate = {
  start: number;
  end: number;
  /** Breaks ties between overlapping candidates of equal length. */
  priority: number;
  resolve: (ctx: ResolveContext) => Resolution | null;
};

export type RuleInput = {
  text: string;
  /** Start of the sentence holding an offset (for sentence-initial and tense checks). */
  sentenceStart: (offset: number) => number;
};

const MODIFIER_SOURCE =
  "(?:(?:early|late|mid|earlier|later)[- ]|(?:the )?(?:start|end|beginning|middle|first half|second half|first week|last week|turn) of )";

/**
 * A rule either scans the whole text (cheap patterns such as bare years) or,
 * when it has a trigger, only a short window around each trigger word: the
 * phrase patterns open with long alternations that are slow to try at every
 * position of a 10 KB article.
 */
type Rule = {
  re: RegExp;
  trigger?: RegExp;
  build: (m: RegExpExecArray, input: RuleInput) => Candidate | null;
};

function direction(modifier: string | undefined, future: boolean): Direction {
  const mod = (modifier ?? "").toLowerCase();
  if (mod === "last" || mod === "this past" || mod === "past") return "before";
  if (mod === "next" || mod === "coming" || mod === "this coming") return "after";
  return future ? "on-or-after" : "on-or-before";
}

function countOf(raw: string): number | null {
  const s = raw.toLowerCase();
  if (s === "a" || s === "an" || s === "a couple" || s === "a couple of") return s.startsWith("a couple") ? 2 : 1;
  if (s === "a few" || s === "several") return 3;
  return parseCardinal(s);
}

function shift(day: Ymd, unit: string, n: number): Ymd {
  switch (unit) {
    case "day":
      return addDays(day, n);
    case "week":
      return addDays(day, 7 * n);
    case "fortnight":
      return addDays(day, 14 * n);
    case "month":
      return addMonths(day, n);
    default:
      return { ...day, y: day.y + n, d: day.m === 2 && day.d === 29 ? 28 : day.d };
  }
}

const UNIT_PRECISION = { day: "day", week: "week", fortnight: "week", month: "month", year: "year" } as const;
type Unit = keyof typeof UNIT_PRECISION;

const atSentenceStart = (input: RuleInput, offset: number) =>
  /^[\s\u201c\u2018"'(«—-]*$/.test(input.text.slice(input.sentenceStart(offset), offset));

const MONTH_TRIGGER = new RegExp(`^${MONTH_NAME_SOURCE}$`);

/** Every word a windowed rule can hang on; case is checked by the rules themselves. */
const TRIGGER =
  /\b(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|January|February|March|April|May|June|July|August|September|October|November|December|weekend|yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|overnight|week|month|year|ago|later|earlier|afterwards?|after|before|day|\d{0,2}\d0s)\b/gi;
const LOOKBACK = 60;
const LOOKAHEAD = 8;

const RULES: Rule[] = [
  // Weekdays: "on Tuesday", "last Thursday", "Wednesday's vote".
  {
    trigger: /^(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/,
    re: new RegExp(`\\b(?:(last|next|this past|this coming|this|coming|past) )?(${WEEKDAY_NAME_SOURCE})\\b(?!-)`, "g"),
    build: (m, input) => {
      const target = weekdayNumber(m[2] ?? "");
      if (target === null) return null;
      const future = futureBefore(input.text, m.index, input.sentenceStart(m.index));
      const dir = direction(m[1], future);
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 1,
        resolve: ({ anchor }) => fromAnchor(anchor, weekdayFrom(anchor.day, target, dir), "day", false),
      };
    },
  },
  // "the weekend", "over the weekend", "last weekend".
  {
    trigger: /^weekend$/i,
    re: /\b(?:(this|last|next|this past|the) )weekend\b/gi,
    build: (m) => {
      const mod = (m[1] ?? "").toLowerCase();
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 1,
        resolve: ({ anchor }) => {
          const wd = weekday(anchor.day);
          const onWeekend = wd === 0 || wd === 6;
          let saturday: Ymd;
          if (mod === "next") saturday = weekdayFrom(anchor.day, 6, "after");
          else if ((mod === "this" || mod === "the") && onWeekend) saturday = weekdayFrom(anchor.day, 6, "on-or-before");
          else saturday = weekdayFrom(anchor.day, 6, "before");
          return fromAnchor(anchor, saturday, "week", true);
        },
      };
    },
  },
  // "yesterday", "today", "tomorrow", "tonight", "this morning", "last night".
  {
    trigger: /^(?:yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|overnight)$/i,
    re: /\b(?:(yesterday|today|tomorrow|tonight)|(this (?:morning|afternoon|evening))|(last night|overnight))\b/gi,
    build: (m, input) => {
      const word = m[0];
      // "Today" mid-sentence is a name (the BBC's "Today programme"), not a date.
      if (/^[A-Z]/.test(word) && !atSentenceStart(input, m.index)) return null;
      const back = m[1]?.toLowerCase() === "yesterday" || m[3] !== undefined ? -1 : m[1]?.toLowerCase() === "tomorrow" ? 1 : 0;
      if (m[3]?.toLowerCase() === "overnight") return null;
      return {
        start: m.index,
        end: m.index + word.length,
        priority: 1,
        resolve: ({ anchor }) => fromAnchor(anchor, addDays(anchor.day, back), "day", false),
      };
    },
  },
  // "this week", "last month", "Late last month", "Earlier this year", "next week".
  {
    trigger: /^(?:week|month|year)$/i,
    re: new RegExp(`\\b(${MODIFIER_SOURCE})?(this|last|next|this past) (week|month|year)\\b(?!-)`, "gi"),
    build: (m) => {
      const modifier = m[1];
      const which = (m[2] ?? "").toLowerCase();
      const unit = (m[3] ?? "").toLowerCase() as "week" | "month" | "year";
      const n = which === "next" ? 1 : which === "this" ? 0 : -1;
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 2,
        resolve: ({ anchor }) => fromAnchor(anchor, shift(anchor.day, unit, n), unit, modifier !== undefined),
      };
    },
  },
  // "two weeks ago", "about a month ago", "a fortnight ago".
  {
    trigger: /^ago$/i,
    re: new RegExp(
      `\\b(?:(${VAGUE_QUALIFIER_SOURCE}) )?(${SMALL_COUNT_SOURCE}) (day|week|fortnight|month|year)s? ago\\b`,
      "gi",
    ),
    build: (m) => {
      const n = countOf(m[2] ?? "");
      const unit = (m[3] ?? "").toLowerCase() as Unit;
      if (n === null || n > 400) return null;
      const vague = m[1] !== undefined || /few|several/i.test(m[2] ?? "");
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 2,
        resolve: ({ anchor }) => {
          const day = shift(anchor.day, unit, -n);
          const natural = vague && unit === "day" ? "week" : UNIT_PRECISION[unit];
          return fromAnchor(anchor, day, natural, vague || unit !== "day");
        },
      };
    },
  },
  // Counted from the previous date: "two days later", "a week earlier", "the next day", "the same day".
  {
    trigger: /^(?:later|earlier|afterwards?|after|before|day|morning|week|month|year)$/i,
    re: new RegExp(
      `\\b(?:(${SMALL_COUNT_SOURCE}) (day|week|month|year)s? (later|earlier|afterwards?|after|before)(?=[,.;:!?)\\n]|$| that)` +
        `|(?:the|that) (same day|next day|following day|following week|following month|following year|next morning|(?:day before|previous day|day after)(?=[,.;:!?)\\n]|$)))`,
      "gi",
    ),
    build: (m) => {
      let n: number;
      let unit: Unit;
      if (m[2] !== undefined) {
        const c = countOf(m[1] ?? "");
        if (c === null) return null;
        unit = m[2].toLowerCase() as Unit;
        n = /later|after/i.test(m[3] ?? "") ? c : -c;
      } else {
        const phrase = (m[4] ?? "").toLowerCase();
        unit = phrase.endsWith("week") ? "week" : phrase.endsWith("month") ? "month" : phrase.endsWith("year") ? "year" : "day";
        n = /same/.test(phrase) ? 0 : /before|previous/.test(phrase) ? -1 : 1;
      }
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 2,
        resolve: ({ prev }) => chained(prev, unit, n),
      };
    },
  },
  // Bare months with their modifiers: "in September", "early September", "mid-October", "last March".
  {
    trigger: MONTH_TRIGGER,
    re: new RegExp(
      `\\b(?:(${MODIFIER_SOURCE})|(last|next|this past|this coming|this) )?(${MONTH_NAME_SOURCE})\\b(?!-)`,
      "g",
    ),
    build: (m, input) => {
      const month = monthNumber(m[3] ?? "");
      if (month === null) return null;
      const before = input.text.slice(Math.max(0, m.index - 12), m.index);
      const cued = m[1] !== undefined || m[2] !== undefined || /\b(?:in|since|until|till|by|from|to|through|during|of|and|or|before|after|between|early|late|mid)\s+$/i.test(before);
      // "May" and "March" are also a verb and a noun; other months at a sentence start or before a name ("June Carter") need a cue too.
      if (!cued) {
        if (month === 5 || month === 3) return null;
        const after = input.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
        if (/^ [A-Z]/.test(after) && !atSentenceStart(input, m.index)) return null;
      }
      const future = futureBefore(input.text, m.index, input.sentenceStart(m.index));
      const dir = direction(m[2], future);
      const modifier = m[1];
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 1,
        resolve: ({ anchor }) => {
          const y = yearOfMonth(anchor.day, month, dir);
          return resolution({ y, m: month, d: 1 }, "month", modifier !== undefined || anchor.precision === "year");
        },
      };
    },
  },
  // Decades: "the 1990s", "the early 2000s", "the '80s". Written as the decade's first year, approximate.
  {
    trigger: /^\d*0s$/,
    re: /\b(?:the )?(?:(?:early|late|mid)[- ])?(?:(1[89]\d0|20\d0)s|['’](\d0)s)\b/gi,
    build: (m) => {
      const year = m[1] !== undefined ? Number(m[1]) : Number(m[2]) >= 30 ? 1900 + Number(m[2]) : 2000 + Number(m[2]);
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 1,
        resolve: () => resolution({ y: year, m: 1, d: 1 }, "year", true),
      };
    },
  },
  // Bare years: "in 1989", "an 1878 law", "the 2024 election cycle". Not counts, money or identifiers.
  {
    // A span of years ("1983-2025", "2019–2021") gives both; a hyphen next to any other number is an identifier.
    re: /(?<![\w$€£#.,/:]|(?<!(?:1[89]|20)\d\d)[-–])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|[-–](?!(?:1[89]|20)\d\d\b)\d|\/\d|:\d)/g,
    build: (m, input) => {
      const year = Number(m[1]);
      const before = input.text.slice(Math.max(0, m.index - 24), m.index);
      const after = input.text.slice(m.index + 4, m.index + 40);
      if (NOT_YEAR_CUE.test(before) || COUNT_QUALIFIER.test(before)) return null;
      if (/^\s*(?:%|percent|per cent)/i.test(after)) return null;
      if (COUNT_NOUN.test(after) && !YEAR_CUE.test(before)) return null;
      // A year stated inside a time or a score ("18:2024") never reaches here; a year beyond next is rarely a date in news.
      return {
        start: m.index,
        end: m.index + 4,
        priority: 0,
        resolve: ({ anchor }) => (year > anchor.day.y + 5 ? null : resolution({ y: year, m: 1, d: 1 }, "year", false)),
      };
    },
  },
  // Holidays: "by Christmas Eve", "ahead of Thanksgiving on Thursday" (the latter is read by the weekday rule too; the longer wins).
  {
    re: new RegExp(`\\b${HOLIDAY_SOURCE}\\b`, "g"),
    build: (m, input) => {
      const future = futureBefore(input.text, m.index, input.sentenceStart(m.index));
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 1,
        resolve: ({ anchor }) => {
          const day = holidayFrom(m[0], anchor.day, future);
          return day ? fromAnchor(anchor, day, "day", false) : null;
        },
      };
    },
  },
  // "9/11" is a date everyone reads the same way.
  {
    re: /(?<![\w/])9\/11(?![\w/])/g,
    build: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 1,
      resolve: () => resolution({ y: 2001, m: 9, d: 11 }, "day", false),
    }),
  },
];

/** A phrase counted from the previous date: only as precise as that date allows. */
function chained(prev: Resolution | null, unit: Unit, n: number): Resolution | null {
  if (!prev?.day) return null;
  const day = shift(prev.day, unit, n);
  if (unit === "day") {
    if (prev.precision !== "day" && prev.precision !== "week") return null;
    return resolution(day, "day", prev.approximate || prev.precision !== "day");
  }
  const natural = UNIT_PRECISION[unit];
  if (natural === "week" && prev.precision !== "day" && prev.precision !== "week") return null;
  if (natural === "month" && prev.precision === "year") return resolution(day, "year", true);
  return resolution(day, natural, prev.approximate);
}

/** Every news-rule candidate in the text (overlaps are settled by the caller). */
export function findRuleCandidates(input: RuleInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (c: Candidate | null) => {
    if (!c) return;
    const key = `${c.start}:${c.end}:${c.priority}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  for (const rule of RULES) {
    if (rule.trigger) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) push(rule.build(m, input));
  }
  TRIGGER.lastIndex = 0;
  for (let t = TRIGGER.exec(text); t; t = TRIGGER.exec(text)) {
    const p = t.index;
    const q = p + t[0].length;
    // Start the window just after a space so that \b at its edge is a real word boundary.
    let ws = Math.max(0, p - LOOKBACK);
    if (ws > 0) {
      const space = text.slice(ws, p).search(/\s/);
      ws = space < 0 ? p : ws + space + 1;
    }
    const window = text.slice(ws, Math.min(text.length, q + LOOKAHEAD));
    for (const rule of RULES) {
      if (!rule.trigger?.test(t[0])) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(window); m; m = rule.re.exec(window)) {
        const start = ws + m.index;
        if (start > p || start + m[0].length < q) continue;
        m.index = start;
        push(rule.build(m, input));
      }
    }
  }
  return out;
}
