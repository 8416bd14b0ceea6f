import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DbConfig } from "./config";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Raw SQL outside Prisma (migration checks, full-text search set-up). */
  query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  close: () => Promise<void>;
};

/** One code path above this line: Prisma sees the same adapter interface for PGlite and a server. */
export async function openAdapter(config: DbConfig): Promise<OpenedAdapter> {
  if (config.kind === "postgres") {
    const factory = new PrismaPg({ connectionString: config.url, max: 5 });
    const pg = await import("pg");
    const pool = new pg.default.Pool({ connectionString: config.url, max: 1 });
    return {
      factory,
      query: async (sql, params) => ({ rows: (await pool.query(sql, params)).rows as Record<string, unknown>[] }),
      close: async () => {
        await pool.end();
      },
    };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: config.dataDir });
  return fromPGlite(pglite);
}

export function fromPGlite(pglite: PGlite): OpenedAdapter {
  return {
    factory: new PrismaPGlite(pglite),
    query: async (sql, params) => ({ rows: (await pglite.query<Record<string, unknown>>(sql, params)).rows }),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}
