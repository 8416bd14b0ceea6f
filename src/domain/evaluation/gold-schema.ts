import { z } from "zod";

/**
 * The hand-labelled gold format (tests/gold/<article-id>.json, documented in
 * tests/gold/README.md). Offsets are UTF-16 indexes into the NORMALIZED
 * article text (ingestion/normalize-text.ts), half-open like extraction spans.
 *
 * `optional` marks a borderline item: predicting it is neither rewarded nor
 * punished, missing it is not a miss. It keeps genuinely debatable labels from
 * deciding a score either way.
 */
const isoAtPrecision = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const span = {
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  optional: z.literal(true).optional(),
};

export const GoldQuoteSchema = z.object({
  ...span,
  /** Canonical full name of the speaker; null for scare quotes and unattributed quotes. */
  speaker: z.string().min(1).nullable(),
  speakerAsWritten: z.string().min(1).nullable(),
  /** A quoted word or phrase that is not a statement by anyone: predicting it is a false positive. */
  scare: z.literal(true).optional(),
});

export const GoldMentionSchema = z.object({ ...span, actor: z.string().min(1) });

export const GoldFigureSchema = z.object({
  ...span,
  value: z.number(),
  kind: z.enum(["killed", "strikes", "survivors", "vessels"]),
  qualifier: z.string().min(1).nullable(),
  asOf: z.string().regex(isoAtPrecision),
});

export const GoldDateSchema = z.object({
  ...span,
  date: z.string().regex(isoAtPrecision),
  precision: z.enum(["day", "week", "month", "year"]),
});

export const GoldArticleSchema = z.object({
  article: z.object({
    /** Path relative to the repository root. */
    file: z.string().min(1),
    outlet: z.string().min(1),
    published: z.string().regex(isoAtPrecision),
    /** True for articles written for the gold set (tests/gold/articles/). */
    invented: z.boolean().optional(),
  }),
  quotes: z.array(GoldQuoteSchema),
  mentions: z.array(GoldMentionSchema),
  figures: z.array(GoldFigureSchema),
  dates: z.array(GoldDateSchema),
});

export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldMention = z.infer<typeof GoldMentionSchema>;
export type GoldFigure = z.infer<typeof GoldFigureSchema>;
export type GoldDate = z.infer<typeof GoldDateSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

/** Canonical name -> aliases an extractor may use instead (tests/gold/canonical-names.json). */
export const CanonicalNamesSchema = z.record(z.string().min(1), z.array(z.string().min(1)));
export type CanonicalNames = z.infer<typeof CanonicalNamesSchema>;

/** Every problem with one gold file: schema errors, spans that do not slice their text, date/precision mismatches. */
export function validateGold(raw: unknown, text: string): string[] {
  const parsed = GoldArticleSchema.safeParse(raw);
  if (!parsed.success) return [z.prettifyError(parsed.error)];
  const gold = parsed.data;
  const problems: string[] = [];
  const items: [string, { text: string; start: number; end: number }][] = [
    ...gold.quotes.map((x) => ["quote", x] as [string, typeof x]),
    ...gold.mentions.map((x) => ["mention", x] as [string, typeof x]),
    ...gold.figures.map((x) => ["figure", x] as [string, typeof x]),
    ...gold.dates.map((x) => ["date", x] as [string, typeof x]),
  ];
  for (const [kind, item] of items) {
    if (item.end <= item.start || item.end > text.length) {
      problems.push(`${kind} "${item.text}": bad range [${item.start}, ${item.end})`);
    } else if (text.slice(item.start, item.end) !== item.text) {
      problems.push(`${kind} "${item.text}" [${item.start}, ${item.end}) slices "${text.slice(item.start, item.end)}"`);
    }
  }
  const lengthAt = { year: 4, month: 7, week: 10, day: 10 } as const;
  for (const d of gold.dates) {
    if (d.date.length !== lengthAt[d.precision]) problems.push(`date "${d.text}": ${d.date} is not written at ${d.precision} precision`);
    if (d.precision === "week" && new Date(`${d.date}T00:00:00Z`).getUTCDay() !== 1) {
      problems.push(`date "${d.text}": week value ${d.date} is not a Monday`);
    }
  }
  for (const q of gold.quotes) {
    if (q.scare && q.speaker !== null) problems.push(`scare quote "${q.text}" has a speaker`);
  }
  return problems;
}
