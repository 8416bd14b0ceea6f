import { compareYmd, weekday, type Ymd } from "./calendar";

/**
 * Holidays news copy dates things by ("by Christmas Eve", "ahead of
 * Thanksgiving"): fixed days, and US Thanksgiving, the fourth Thursday of
 * November. Only holidays with one date everywhere the story is told.
 */
export const HOLIDAY_SOURCE =
  "(?:Christmas Eve|Christmas Day|Christmas|New Year['\u2019]s Eve|New Year['\u2019]s Day|Thanksgiving(?: Day)?|Halloween|Valentine['\u2019]s Day)";

export function holidayIn(name: string, y: number): Ymd | null {
  const n = name.toLowerCase().replace(/\u2019/g, "'");
  if (n.startsWith("christmas eve")) return { y, m: 12, d: 24 };
  if (n.startsWith("christmas")) return { y, m: 12, d: 25 };
  if (n.startsWith("new year's eve")) return { y, m: 12, d: 31 };
  if (n.startsWith("new year's day")) return { y, m: 1, d: 1 };
  if (n.startsWith("halloween")) return { y, m: 10, d: 31 };
  if (n.startsWith("valentine")) return { y, m: 2, d: 14 };
  if (n.startsWith("thanksgiving")) {
    const first = weekday({ y, m: 11, d: 1 });
    return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
  }
  return null;
}

/** The holiday nearest the anchor in the given direction: on or before it, or on or after it. */
export function holidayFrom(name: string, anchor: Ymd, future: boolean): Ymd | null {
  for (const dy of future ? [0, 1] : [0, -1]) {
    const day = holidayIn(name, anchor.y + dy);
    if (!day) return null;
    const cmp = compareYmd(day, anchor);
    if (future ? cmp >= 0 : cmp <= 0) return day;
  }
  return null;
}
