import type { DateValue } from "../db/queries/types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(date: string): { y: string; m: number | null; d: number | null } {
  const [y = date, m, d] = date.split("-");
  return { y, m: m ? Number(m) : null, d: d ? Number(d) : null };
}

function shortDay(date: string): string {
  const { y, m, d } = parts(date);
  if (m === null || d === null) return date;
  return `${d} ${(MONTHS[m - 1] ?? "").slice(0, 3)} ${y}`;
}

/**
 * A date in words at exactly the precision it is known: "11 Nov 2025",
 * "week of 21 Jul 2025", "September 2025", "2025"; "(approx.)" when the
 * source only suggests it.
 */
export function formatDate(v: DateValue): string {
  const { y, m } = parts(v.date);
  let text: string;
  switch (v.precision) {
    case "day":
      text = shortDay(v.date);
      break;
    case "week":
      text = `week of ${shortDay(v.date)}`;
      break;
    case "month":
      text = m ? `${MONTHS[m - 1] ?? ""} ${y}` : y;
      break;
    case "year":
      text = y;
      break;
  }
  return v.approximate ? `${text} (approx.)` : text;
}

/** "2025-09" -> "September 2025"; "2025" -> "2025 (month not known)". */
export function formatMonthKey(key: string): string {
  const { y, m } = parts(key);
  return m ? `${MONTHS[m - 1] ?? ""} ${y}` : `${y} (month not known)`;
}

export function precisionNote(v: DateValue): string {
  const base = { day: "exact day", week: "week known", month: "month known", year: "year known" }[v.precision];
  return v.approximate ? `${base}, approximate` : base;
}
