import { z } from "zod";
import { fold } from "./tokens";

/**
 * Editorial claims of the story (seeds/claims.json). A claim is curated data,
 * so it may name the story's specifics; the code that anchors it in articles
 * stays general. Cue syntax: words are matched after folding (lowercase, no
 * diacritics, "U.K." = "uk"); a trailing "*" matches any ending ("suspend*").
 */

const Cue = z.string().trim().min(1);

export const ClaimMatchSchema = z.object({
  /** Every group must be present in the sentence (any synonym of the group). */
  all: z.array(z.array(Cue).min(1)).min(1),
  /** At least one of these must be present too, when given. */
  any: z.array(Cue).min(1).optional(),
  /** Max distance in words between the first and the last matched cue. */
  near: z.number().int().positive().optional(),
});

export const ClaimDefinitionSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be a lowercase slug"),
    proposition: z.string().min(1),
    kind: z.enum(["event", "assertion", "figure"]),
    metric: z.enum(["killed", "strikes", "survivors", "vessels"]).optional(),
    /** For figures an optional context filter; for events and assertions required. */
    match: ClaimMatchSchema.optional(),
    /** Claim-specific words that turn a matching sentence into a denial ("no evidence"). */
    denyCues: z.array(Cue).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === "figure" && !c.metric) ctx.addIssue({ code: "custom", message: `${c.slug}: a figure claim needs a metric`, path: ["metric"] });
    if (c.kind !== "figure" && c.metric) ctx.addIssue({ code: "custom", message: `${c.slug}: only figure claims take a metric`, path: ["metric"] });
    if (c.kind !== "figure" && !c.match) ctx.addIssue({ code: "custom", message: `${c.slug}: event and assertion claims need match cues`, path: ["match"] });
  });

export const ClaimsFileSchema = z
  .object({ claims: z.array(ClaimDefinitionSchema) })
  .refine((f) => new Set(f.claims.map((c) => c.slug)).size === f.claims.length, { message: "claim slugs must be unique" });

export type ClaimDefinition = z.infer<typeof ClaimDefinitionSchema>;
export type ClaimMetric = NonNullable<ClaimDefinition["metric"]>;

/** Validate parsed JSON; throws with a readable message (callers do the file I/O). */
export function parseClaimDefinitions(json: unknown): ClaimDefinition[] {
  const parsed = ClaimsFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`invalid claims file: ${z.prettifyError(parsed.error)}`);
  return parsed.data.claims;
}

/** One cue as folded word patterns: exact words, or prefixes where written with "*". */
export type CuePattern = { words: { text: string; prefix: boolean }[] };

export type CompiledClaim = {
  def: ClaimDefinition;
  all: CuePattern[][];
  any: CuePattern[] | null;
  deny: CuePattern[];
  near: number | null;
};

export function compileCue(cue: string): CuePattern {
  const words = cue
    .split(/[\s\-\u2014\u2013]+/)
    .map((w) => ({ prefix: w.endsWith("*"), text: fold(w.replace(/\*$/, "")).replace(/[^\p{L}\p{N}]/gu, "") }))
    .filter((w) => w.text.length > 0);
  return { words };
}

export function compileClaim(def: ClaimDefinition): CompiledClaim {
  return {
    def,
    all: def.match ? def.match.all.map((g) => g.map(compileCue)) : [],
    any: def.match?.any ? def.match.any.map(compileCue) : null,
    deny: (def.denyCues ?? []).map(compileCue),
    near: def.match?.near ?? null,
  };
}
