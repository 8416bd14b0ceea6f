import type { DateValue, ReportedValue } from "../../db/queries/types";
import { formatDate } from "../format-date";

/**
 * Reported figures as chart points: one point per value as its outlet printed
 * it, placed at its "as of" date and grouped into series by outlet or by the
 * source it is attributed to. Nothing is merged or averaged.
 */

export type SeriesBy = "outlet" | "source";

export type ChartPoint = {
  /** Unique per reported value: article and span. */
  id: string;
  value: number;
  qualifier: string | null;
  /** The day the point sits on (first day of a coarser as-of date). */
  day: string;
  /** How the date is known, in words: "as of 12 Nov 2025". */
  whenNote: string;
  outlet: string;
  source: string;
  /** The series this point belongs to (outlet or source, per `by`). */
  series: string;
  /** "at least 76": the value with its qualifier, as printed. */
  label: string;
};

export type SeriesStyle = { name: string; color: string; symbol: ChartSymbol; points: number };
export type ChartSymbol = "circle" | "square" | "triangle" | "diamond";

/** Dark enough for 3:1 against white (graphical objects), distinct in hue; symbols keep series apart without color. */
export const SERIES_COLORS = ["#0f766e", "#b45309", "#6d28d9", "#be123c", "#0369a1", "#4d7c0f", "#a21caf", "#475569"] as const;
export const SERIES_SYMBOLS: readonly ChartSymbol[] = ["circle", "square", "triangle", "diamond"];

export const OWN_REPORTING = "The outlet itself";

/** The day a date value starts on: "2025-11" -> "2025-11-01", "2025" -> "2025-01-01". */
export function firstDay(d: DateValue): string {
  if (/^\d{4}$/.test(d.date)) return `${d.date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d.date)) return `${d.date}-01`;
  return d.date.slice(0, 10);
}

export function valueLabel(value: number, qualifier: string | null): string {
  const n = value.toLocaleString("en-US");
  return qualifier ? `${qualifier} ${n}` : n;
}

/**
 * One point per reported value. `fallbackDate` places a value that gives no
 * "as of" date at its article's publication date (said so in `whenNote`);
 * without it such a value is left out of the chart (the table still lists it).
 */
export function chartPoints(
  values: readonly ReportedValue[],
  by: SeriesBy,
  opts: { sourceOf?: (v: ReportedValue) => string; fallbackDate?: (v: ReportedValue) => DateValue | null } = {},
): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const v of values) {
    const fallback = v.asOf ? null : (opts.fallbackDate?.(v) ?? null);
    const when = v.asOf ?? fallback;
    if (!when) continue;
    const source = opts.sourceOf?.(v) ?? v.attribution ?? OWN_REPORTING;
    out.push({
      id: `${v.articleId}:${v.start}-${v.end}`,
      value: v.value,
      qualifier: v.qualifier,
      day: firstDay(when),
      whenNote: v.asOf ? `as of ${formatDate(v.asOf)}` : `no as-of date given; article published ${formatDate(when)}`,
      outlet: v.outlet.name,
      source,
      series: by === "outlet" ? v.outlet.name : source,
      label: valueLabel(v.value, v.qualifier),
    });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || a.series.localeCompare(b.series) || a.value - b.value);
}

/** A color and a symbol per series, in order of first appearance. */
export function seriesStyles(points: readonly ChartPoint[]): SeriesStyle[] {
  const order: SeriesStyle[] = [];
  for (const p of points) {
    const hit = order.find((s) => s.name === p.series);
    if (hit) {
      hit.points++;
      continue;
    }
    const i = order.length;
    order.push({ name: p.series, color: SERIES_COLORS[i % SERIES_COLORS.length]!, symbol: SERIES_SYMBOLS[i % SERIES_SYMBOLS.length]!, points: 1 });
  }
  return order;
}

/** Whole-number ticks from min to max, at most about `count` of them. */
export function integerTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.floor(min);
  const hi = Math.ceil(max);
  const raw = Math.max(1, (hi - lo) / Math.max(1, count));
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) out.push(t);
  return out;
}

/** The y range with room around the values: never a single point squeezed to an edge. */
export function valueDomain(values: readonly number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max(1, Math.ceil((max - min) * 0.25));
  return [Math.max(min >= 0 ? 0 : -Infinity, Math.floor(min - pad)), Math.ceil(max + pad)];
}

/** Per outlet, the value with the latest "as of" date (ties: the later report); latest first. */
export function latestByOutlet(values: readonly ReportedValue[]): ReportedValue[] {
  const best = new Map<string, ReportedValue>();
  const key = (v: ReportedValue) => (v.asOf ? firstDay(v.asOf) : "");
  for (const v of values) {
    const cur = best.get(v.outlet.id);
    if (!cur || key(v) >= key(cur)) best.set(v.outlet.id, v);
  }
  return [...best.values()].sort((a, b) => (key(a) > key(b) ? -1 : key(a) < key(b) ? 1 : a.outlet.name.localeCompare(b.outlet.name)));
}

/** The chart in words (its text alternative): every point, in date order. */
export function describePoints(points: readonly ChartPoint[], yLabel: string): string {
  if (points.length === 0) return `No dated values for ${yLabel.toLowerCase()}.`;
  const parts = points.map((p) => `${p.outlet}, ${p.label} ${p.whenNote}${p.source !== p.outlet ? ` (source: ${p.source})` : ""}`);
  return `${points.length} reported value${points.length === 1 ? "" : "s"}, earliest first: ${parts.join("; ")}.`;
}

const METRIC_LABELS: Record<string, string> = { killed: "People killed", strikes: "Strikes", survivors: "Survivors", vessels: "Vessels struck" };

export function metricLabel(metric: string | null | undefined): string {
  return (metric && METRIC_LABELS[metric]) || "Reported value";
}
