import { z } from "zod";

/**
 * seeds/manifest.json (or a manifest.json beside any folder of articles):
 * metadata the raw text does not carry. The date records how it is known, and
 * `evidence` quotes the words it was read or inferred from so the UI can point
 * at them.
 */
const DateValue = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "published.date must be YYYY-MM-DD, YYYY-MM or YYYY");

export const ManifestEntrySchema = z.object({
  file: z.string().min(1).refine((f) => !f.includes("..") && !f.startsWith("/"), "file must be a relative path inside the folder"),
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/).optional(),
  outlet: z.string().min(1),
  title: z.string().min(1).optional(),
  url: z.url().optional(),
  byline: z.string().min(1).optional(),
  published: z.object({
    date: DateValue,
    basis: z.enum(["stated", "inferred", "supplied"]),
    note: z.string().min(1).optional(),
    evidence: z.string().min(1).optional(),
  }),
});

export const ManifestSchema = z.object({ articles: z.array(z.unknown()) });

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
