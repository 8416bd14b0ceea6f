/**
 * npm start: migrate, ingest the seeds if they are not in yet, build if the
 * sources changed since the last build, then serve on PORT (default 3000).
 * `npm run dev` does the same with `next dev` instead of a production build.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readDbConfig } from "../src/db/config";
import { acquireEmbeddedLock, DatabaseInUseError, readLockHolder } from "../src/db/embedded-lock";
import { formatLine, formatSummary, runIngest } from "../src/db/ingest/run-ingest";
import { openDatabase } from "../src/db/open-database";
import { collectInputs } from "../src/domain/ingestion/collect-inputs";
import { loadIngestContext } from "../src/domain/ingestion/load-context";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const next = path.join(root, "node_modules", ".bin", "next");

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const inputs = ["src", "public", "next.config.ts", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
  return inputs.some((p) => newestMtime(path.join(root, p)) > built);
}

async function prepareDatabase(): Promise<boolean> {
  const config = readDbConfig();
  const holder = readLockHolder(config);
  if (holder?.port) {
    process.stderr.write(`Tideline is already running (pid ${holder.pid}) at http://localhost:${holder.port}; stop it first.\n`);
    return false;
  }
  let release: () => void;
  try {
    release = acquireEmbeddedLock(config, "npm start (seeding)");
  } catch (e) {
    if (e instanceof DatabaseInUseError) {
      process.stderr.write(`${e.message}\n`);
      return false;
    }
    throw e;
  }
  const db = await openDatabase(config);
  try {
    const where = config.kind === "pglite" ? path.relative(root, config.dataDir) : "the Postgres server in DATABASE_URL";
    process.stdout.write(`Database: ${where} (migrated). Ingesting seeds/ ...\n`);
    const summary = await runIngest(db, collectInputs([path.join("seeds")]), loadIngestContext(root), (line) =>
      (line.ok ? process.stdout : process.stderr).write(`  ${formatLine(line)}\n`),
    );
    process.stdout.write(`  ${formatSummary(summary)}\n`);
    return true;
  } finally {
    await db.close();
    release();
  }
}

async function main(): Promise<number> {
  if (!(await prepareDatabase())) return 1;
  if (!dev && buildIsStale()) {
    process.stdout.write("Building the app (sources changed since the last build) ...\n");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) return build.status ?? 1;
  }
  process.stdout.write(`Serving Tideline at http://localhost:${port}\n`);
  const child = spawn(next, [dev ? "dev" : "start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`start failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
