import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Prisma's schema engine compiled to WASM. The native engine binary cannot be
 * downloaded on these machines; this build (pinned to match prisma 7.10) runs
 * the same migration logic through our driver adapter, on PGlite and Postgres
 * alike (docs/decisions/002-migrations-through-wasm-schema-engine.md).
 */
export type SchemaEngine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
  free?(): void;
};

type Bg = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (opts: unknown, log: (s: string) => void, adapter: unknown) => Promise<SchemaEngine> };
};

let bgPromise: Promise<Bg> | undefined;

async function loadBindings(): Promise<Bg> {
  // Located from the project root at run time: inside the Next.js server bundle a
  // require.resolve() is rewritten into a module id, and the WASM must be read from disk.
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@prisma", "schema-engine-wasm");
  const url = pathToFileURL(path.join(dir, "schema_engine_bg.js")).href;
  const bg = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Bg;
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export async function openSchemaEngine(
  schemaText: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  bgPromise ??= loadBindings();
  const bg = await bgPromise;
  return bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
