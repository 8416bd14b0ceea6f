/**
 * English cardinal numbers as news copy writes them: digits with thousands
 * separators ("20,000"), words up to the nineties ("seventy-six"), "a dozen",
 * and scale words ("1.5 million", "two thousand"). Shared by dates ("two weeks
 * ago") and figures ("killing at least seventy people").
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** "dozen" scales too: "two dozen strikes", "3 dozen". */
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12 };

const UNIT_ALT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join("|");
const TENS_ALT = Object.keys(TENS).join("|");

/** One number written in words below a hundred: "six", "seventy-six", "seventy six". */
const WORDS_BELOW_100 = `(?:(?:${TENS_ALT})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${UNIT_ALT})`;

/**
 * Source for a regex group matching a cardinal: digits ("76", "20,000", "1.5"),
 * words ("seventy-six", "a dozen", "two hundred"), optionally scaled ("1.5 million", "two dozen").
 * Case-insensitive use is expected.
 */
export const CARDINAL_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|a dozen|an? (?:hundred|thousand|million|billion)|${WORDS_BELOW_100}(?: hundred(?: and ${WORDS_BELOW_100})?)?)` +
  `(?: (?:hundred|thousand|million|billion|dozen))?`;

/** Value of a cardinal matched by CARDINAL_SOURCE, or null when it is not one. */
export function parseCardinal(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (!s) return null;
  if (/^\d{1,3}(?:,\d{3})+(?: \w+)?$|^\d+(?:\.\d+)?(?: \w+)?$/.test(s)) {
    const [num, scale] = s.split(" ");
    const n = Number((num ?? "").replace(/,/g, ""));
    if (!Number.isFinite(n)) return null;
    if (scale === undefined) return n;
    const k = SCALES[scale];
    return k === undefined ? null : Math.round(n * k);
  }
  if (s === "a dozen") return 12;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of s.replace(/-/g, " ").split(" ")) {
    if (word === "and") continue;
    if (word === "a" || word === "an") {
      current = 1;
      seen = true;
      continue;
    }
    const unit = UNITS[word] ?? TENS[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined || !seen) return null;
    if (scale === 100) current *= 100;
    else {
      total += current * scale;
      current = 0;
    }
  }
  return seen ? total + current : null;
}

const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

/** Source for an ordinal: "20th", "eighth", "twenty-second". */
export const ORDINAL_SOURCE =
  `(?:\\d+(?:st|nd|rd|th)|(?:(?:${TENS_ALT})[- ])?(?:${Object.keys(ORDINAL_UNITS).sort((a, b) => b.length - a.length).join("|")}))`;

export function parseOrdinal(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
  if (digits) return Number(digits[1]);
  const parts = s.split(/[- ]/);
  const last = ORDINAL_UNITS[parts[parts.length - 1] ?? ""];
  if (last === undefined) return null;
  if (parts.length === 1) return last;
  const tens = TENS[parts[0] ?? ""];
  return tens === undefined || last >= 10 ? null : tens + last;
}
