/** Month and weekday names as English news copy writes them (AP, Reuters, UK styles). */

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** Month number (1-12) for a full name or a newsroom abbreviation ("Sept.", "Nov"). */
export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, "").toLowerCase();
  if (w.length < 3) return null;
  if (w === "sept") return 9;
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(w) && (w.length === 3 || m.toLowerCase() === w));
  return i < 0 ? null : i + 1;
}

/** Full month names, capitalised: lower-case "may"/"march" are verbs, not months. */
export const MONTH_NAME_SOURCE = `(?:${MONTHS.join("|")})`;

/** Month names and abbreviations that may be followed by a day number. */
export const MONTH_ANY_SOURCE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

export const WEEKDAYS: readonly string[] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export const WEEKDAY_NAME_SOURCE = `(?:${WEEKDAYS.join("|")})`;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAYS.findIndex((w) => w.toLowerCase() === word.toLowerCase());
  return i < 0 ? null : i;
}

/** Small counts used in relative phrases ("two weeks ago", "a couple of days later"). */
export const SMALL_COUNT_SOURCE =
  "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" +
  "sixteen|seventeen|eighteen|nineteen|twenty|thirty|a couple of|a couple|a few|several)";

/** Qualifiers that make a relative phrase vague ("about two weeks ago"). */
export const VAGUE_QUALIFIER_SOURCE =
  "(?:about|around|roughly|nearly|almost|some|approximately|more than|less than|over|just over|just under|barely|only|just)";

/**
 * Words after a four-digit number that make it a count, not a year ("2000
 * troops"), when no date preposition precedes it.
 */
export const COUNT_NOUN =
  /^\s+(?!(?:has|is|was|does|saw|sees|marks|brings|looks|seems|remains|promises|as|its|this|his|us|plus|versus|thus|yes|less|across|towards|afterwards|onwards)\b)(?:[a-z]+-)?[a-z]{2,}(?<!ss)s\b/;

/** Words before a four-digit number that make it a year ("in 1989", "the 1878 law"). */
export const YEAR_CUE = /\b(?:in|since|by|until|till|to|through|from|of|before|after|during|between|and|or|early|late|mid|the|its|his|her|their|circa|c\.|spring|summer|fall|autumn|winter|fiscal|year|ended|since)\s*$/i;

/** Words before a four-digit number that make it an identifier, not a year ("Resolution 2803", "No. 1999"). */
export const NOT_YEAR_CUE = /\b(?:resolution|resolutions|no\.|nos\.|number|article|section|room|flight|route|highway|page|pages|chapter|bill|code|model|unit|case|docket|order|decree|law no\.|item|paragraph|rule|account|station|hull|tail|serial|channel|level|zone)\s*$/i;

/** Counting words before a number ("about 2000", "more than 1500"). */
export const COUNT_QUALIFIER = /\b(?:about|nearly|almost|roughly|approximately|some|over|than|least|most|up to|around|estimated|total of|additional|another)\s*$/i;
