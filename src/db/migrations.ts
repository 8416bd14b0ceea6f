import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { openSchemaEngine } from "./schema-engine";

/** Where the schema and Prisma-layout migration folders live. */
export function prismaDir(root: string = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, "prisma");
}

export function listMigrationNames(root?: string): string[] {
  const dir = path.join(prismaDir(root), "migrations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

function migrationsList(root?: string) {
  const baseDir = path.join(prismaDir(root), "migrations");
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : 'provider = "postgresql"\n',
    },
    shadowDbInitScript: "",
    migrationDirectories: listMigrationNames(root).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Apply pending migrations exactly as `prisma migrate deploy` would, recording them in _prisma_migrations. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory, root?: string): Promise<string[]> {
  const schema = readFileSync(path.join(prismaDir(root), "schema.prisma"), "utf8");
  const engine = await openSchemaEngine(schema, factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(root), filters: NO_FILTERS });
    return result.appliedMigrationNames;
  } finally {
    engine.free?.();
  }
}
