import { isValid, parse } from "date-fns";
import type { ArticleDate } from "../extraction/types";

/**
 * Parse a publication date given by a person (CLI flag or manifest):
 * "YYYY-MM-DD", "YYYY-MM" or "YYYY". Impossible dates ("2025-02-30") are
 * rejected rather than rolled over into the next month.
 */
export function parsePublicationDate(value: string): ArticleDate {
  const v = value.trim();
  const formats: [RegExp, string, ArticleDate["precision"]][] = [
    [/^\d{4}-\d{2}-\d{2}$/, "yyyy-MM-dd", "day"],
    [/^\d{4}-\d{2}$/, "yyyy-MM", "month"],
    [/^\d{4}$/, "yyyy", "year"],
  ];
  for (const [re, fmt, precision] of formats) {
    if (!re.test(v)) continue;
    const d = parse(v, fmt, new Date(2000, 0, 1));
    if (!isValid(d) || formatAt(d, precision) !== v) {
      throw new Error(`impossible date "${value}"`);
    }
    if (d.getFullYear() < 1900 || d.getFullYear() > 2200) throw new Error(`date out of range "${value}"`);
    return { date: v, precision, approximate: false };
  }
  throw new Error(`date "${value}" is not YYYY-MM-DD, YYYY-MM or YYYY`);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatAt(d: Date, precision: ArticleDate["precision"]): string {
  const y = String(d.getFullYear());
  if (precision === "year") return y;
  if (precision === "month") return `${y}-${pad(d.getMonth() + 1)}`;
  return `${y}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first day of a date written at its precision, as a UTC Date (for storage and sorting). */
export function startOfDateValue(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** The last day a date written at its precision covers (a week runs Monday to Sunday). */
export function endOfDateValue(date: string, precision: ArticleDate["precision"]): Date {
  const start = startOfDateValue(date);
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  if (precision === "year" || /^\d{4}$/.test(date)) return new Date(Date.UTC(y, 11, 31));
  if (precision === "month" || /^\d{4}-\d{2}$/.test(date)) return new Date(Date.UTC(y, m + 1, 0));
  if (precision === "week") return new Date(start.getTime() + 6 * 86_400_000);
  return start;
}
