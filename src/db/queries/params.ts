import { z } from "zod";
import { ActorKind, EventKind } from "../../generated/prisma/enums";

/**
 * Everything that arrives in a URL is parsed here, once, for both pages and
 * the JSON API. An empty form field means "no filter", not an error.
 */

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const IdSchema = z
  .string()
  .min(1, "must not be empty")
  .max(200, "is too long")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, "must be an id or slug (letters, digits, '.', '_', ':', '-')");

const PeriodSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => periodBounds(s) !== null, "is not a real calendar date");

/** First and last day a date string at its precision covers (UTC midnights). */
export function periodBounds(s: string): { first: Date; last: Date } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (mo === null) return { first: new Date(Date.UTC(y, 0, 1)), last: new Date(Date.UTC(y, 11, 31)) };
  if (d === null) return { first: new Date(Date.UTC(y, mo - 1, 1)), last: new Date(Date.UTC(y, mo, 0)) };
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return { first: day, last: day };
}

const RegionSchema = z
  .string()
  .trim()
  .max(60, "is too long")
  .regex(/^[A-Za-z][A-Za-z .'-]*$/, "must be a region name such as Caribbean or eastern Pacific");

/** Every query parameter TimelineFiltersSchema reads: /api/timeline, the exports and the feed accept exactly these. */
export const TIMELINE_FILTER_KEYS = ["actor", "outlet", "kind", "region", "from", "to"] as const;

export const TimelineFiltersSchema = z
  .object({
    actor: z.preprocess(blankToUndefined, IdSchema.optional()),
    outlet: z.preprocess(blankToUndefined, IdSchema.optional()),
    kind: z.preprocess(blankToUndefined, z.enum(Object.values(EventKind) as [EventKind, ...EventKind[]]).optional()),
    // Theatre: matches Event.region containing it ("Caribbean" matches "Caribbean and eastern Pacific").
    region: z.preprocess(blankToUndefined, RegionSchema.optional()),
    from: z.preprocess(blankToUndefined, PeriodSchema.optional()),
    to: z.preprocess(blankToUndefined, PeriodSchema.optional()),
  })
  .refine((f) => !f.from || !f.to || periodBounds(f.from)!.first <= periodBounds(f.to)!.last, {
    message: "'from' must not be after 'to'",
    path: ["from"],
  });

export type TimelineFilters = z.infer<typeof TimelineFiltersSchema>;

/**
 * The timeline page's own settings, beside its filters: how to group, and
 * which page to open (a group key such as 2025-09 or strike, or the page
 * holding an event). They shape the page only; exports ignore them.
 */
export const TimelineViewSchema = z.object({
  group: z.preprocess(blankToUndefined, z.enum(["month", "kind"], { message: "must be month or kind" }).default("month")),
  page: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(40, "is too long")
      .regex(/^[a-z0-9-]+(~\d{1,4})?$/, "must be a month (YYYY-MM), a year or an event kind")
      .optional(),
  ),
  event: z.preprocess(blankToUndefined, IdSchema.optional()),
});

export type TimelineView = z.infer<typeof TimelineViewSchema>;

/** Lenient like the filters: a bad setting falls back to its default and is reported. */
export function parseTimelineViewLenient(raw: Record<string, string>): { view: TimelineView; problems: string[] } {
  const picked = { group: raw.group, page: raw.page, event: raw.event };
  const first = TimelineViewSchema.safeParse(picked);
  if (first.success) return { view: first.data, problems: [] };
  const bad = new Set(first.error.issues.map((i) => String(i.path[0] ?? "")));
  const kept = Object.fromEntries(Object.entries(picked).filter(([k]) => !bad.has(k)));
  return { view: TimelineViewSchema.parse(kept), problems: [describeError(first.error)] };
}

/** Actor pages show the first few items of each list; `all=1` shows every one. */
export const ActorViewSchema = z.object({
  all: z.preprocess((v) => v === "1" || v === "true", z.boolean()),
});

export const ActorSearchSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, "must be at most 100 characters").optional()),
  kind: z.preprocess(blankToUndefined, z.enum(Object.values(ActorKind) as [ActorKind, ...ActorKind[]]).optional()),
});

export type ActorSearch = z.infer<typeof ActorSearchSchema>;

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Next's searchParams or a URLSearchParams, flattened to the last value given for each key. */
export function flattenParams(input: RawSearchParams | URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  if (input instanceof URLSearchParams) {
    for (const [k, v] of input) out[k] = v;
    return out;
  }
  for (const [k, v] of Object.entries(input)) {
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    if (last !== undefined) out[k] = last;
  }
  return out;
}

/** One readable sentence per problem: `kind: must be one of strike, statement, ...`. */
export function describeError(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? `${i.path.join(".")}: ` : "";
      return `${where}${i.message}`;
    })
    .join("; ");
}

/**
 * For pages: keep the valid filters and report the invalid ones, so one bad
 * field in a shared link narrows nothing rather than breaking the page.
 */
export function parseTimelineFiltersLenient(raw: Record<string, string>): { filters: TimelineFilters; problems: string[] } {
  const first = TimelineFiltersSchema.safeParse(raw);
  if (first.success) return { filters: first.data, problems: [] };
  const bad = new Set(first.error.issues.map((i) => String(i.path[0] ?? "")));
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const second = TimelineFiltersSchema.safeParse(kept);
  return { filters: second.success ? second.data : {}, problems: [describeError(first.error)] };
}
