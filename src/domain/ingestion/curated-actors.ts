import { readFileSync } from "node:fs";
import { z } from "zod";
import type { KnownActor } from "../extraction/actor-registry";

export const CuratedActorSchema = z.object({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "key must be a lowercase slug"),
  name: z.string().min(1),
  kind: z.enum(["person", "organization", "country", "group"]),
  role: z.string().min(1).nullable().default(null),
  description: z.string().min(1).nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
});

export const CuratedActorsFileSchema = z.object({ actors: z.array(CuratedActorSchema) });

/** Read and validate seeds/actors.json (or another curated list). */
export function loadCuratedActors(path: string): KnownActor[] {
  const parsed = CuratedActorsFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(`${path}: invalid curated actors: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.actors.map((a) => ({ ...a, curated: true }));
}
