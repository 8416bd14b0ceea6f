import path from "node:path";
import { z } from "zod";

/**
 * The environment, parsed once. Nothing else reads process.env for database
 * settings, so a typo fails loudly here instead of silently picking PGlite.
 */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TIDELINE_DATA_DIR: z.string().min(1).optional(),
});

export type DbConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string; stateDir: string };

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.DATABASE_URL) return { kind: "postgres", url: parsed.data.DATABASE_URL };
  const stateDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), parsed.data.TIDELINE_DATA_DIR ?? ".data");
  return { kind: "pglite", dataDir: path.join(stateDir, "pglite"), stateDir };
}
