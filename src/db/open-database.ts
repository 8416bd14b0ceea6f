import { PrismaClient } from "../generated/prisma/client";
import { openAdapter, type OpenedAdapter } from "./adapter";
import { readDbConfig, type DbConfig } from "./config";
import { applyMigrations, listMigrationNames } from "./migrations";

export type Database = {
  prisma: PrismaClient;
  adapter: OpenedAdapter;
  config: DbConfig;
  close: () => Promise<void>;
};

/**
 * Open the database (PGlite under .data/ unless DATABASE_URL is set) and bring
 * its schema up to date. The schema engine is only loaded when a migration is
 * actually pending, because loading it costs about a second.
 */
export async function openDatabase(config: DbConfig = readDbConfig(), options: { migrate?: boolean } = {}): Promise<Database> {
  const adapter = await openAdapter(config);
  try {
    if (options.migrate !== false) await migrateIfPending(adapter);
  } catch (e) {
    await adapter.close();
    throw e;
  }
  return wrap(adapter, config);
}

export function wrap(adapter: OpenedAdapter, config: DbConfig): Database {
  const prisma = new PrismaClient({ adapter: adapter.factory });
  return {
    prisma,
    adapter,
    config,
    close: async () => {
      await prisma.$disconnect();
      await adapter.close();
    },
  };
}

export async function pendingMigrations(adapter: OpenedAdapter): Promise<string[]> {
  const wanted = listMigrationNames();
  let applied = new Set<string>();
  try {
    const { rows } = await adapter.query(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = new Set(rows.map((r) => String(r.migration_name)));
  } catch {
    // No _prisma_migrations table yet: a fresh database, everything is pending.
  }
  return wanted.filter((m) => !applied.has(m));
}

export async function migrateIfPending(adapter: OpenedAdapter): Promise<string[]> {
  if ((await pendingMigrations(adapter)).length === 0) return [];
  return applyMigrations(adapter.factory);
}
