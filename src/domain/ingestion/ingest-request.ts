import { z } from "zod";
import { hashText, type ArticleInput } from "./prepare-article";

/**
 * What `npm run ingest` sends to a running server that holds the embedded
 * database: one article the CLI has already read and validated. The server
 * re-checks what it can (hash, spans, date shape) rather than trusting it.
 */
const DateSchema = z.object({
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: z.enum(["day", "week", "month", "year"]),
  approximate: z.boolean(),
});

export const IngestRequestSchema = z.object({
  force: z.boolean().optional(),
  input: z.object({
    sourceKey: z.string().min(1),
    outletName: z.string().min(1),
    title: z.string().min(1),
    url: z.string().nullable(),
    byline: z.string().nullable(),
    published: DateSchema,
    publishedBasis: z.enum(["stated", "inferred", "supplied"]),
    publishedNote: z.string().nullable(),
    publishedEvidence: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
    text: z.string().min(1).max(5 * 1024 * 1024),
    contentHash: z.string(),
    sourceFile: z.string().nullable(),
  }),
});

export function parseIngestRequest(body: unknown): { input: ArticleInput; force: boolean } {
  const { input, force } = IngestRequestSchema.parse(body);
  const ev = input.publishedEvidence;
  if (ev && (ev.start >= ev.end || ev.end > input.text.length)) throw new Error("publishedEvidence is outside the text");
  return { input: { ...input, contentHash: hashText(input.text) }, force: force ?? false };
}
