/**
 * npm run ingest -- PATH... [--outlet NAME --published YYYY-MM-DD[|YYYY-MM] --title T --url U] [--force]
 * Folders are read with their manifest.json; a single file takes its metadata
 * from the flags. One line per article, then a summary; exit 1 if any failed.
 * While `npm start` holds the embedded database, the work is handed to it.
 */
import { parseArgs } from "node:util";
import { readDbConfig } from "../src/db/config";
import { acquireEmbeddedLock, DatabaseInUseError, readLockHolder, type LockHolder } from "../src/db/embedded-lock";
import { formatLine, formatSummary, runIngest, type IngestLine, type IngestSummary } from "../src/db/ingest/run-ingest";
import { openDatabase } from "../src/db/open-database";
import { collectInputs, type IngestTask } from "../src/domain/ingestion/collect-inputs";
import { IngestError } from "../src/domain/ingestion/ingest-error";
import { loadIngestContext } from "../src/domain/ingestion/load-context";

const USAGE = "usage: npm run ingest -- PATH... [--outlet NAME] [--published YYYY-MM-DD|YYYY-MM] [--title T] [--url U] [--force]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        outlet: { type: "string" },
        published: { type: "string" },
        title: { type: "string" },
        url: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const tasks = collectInputs(positionals, values);
  const ctx = { ...loadIngestContext(), force: values.force };
  const config = readDbConfig();
  const print = (line: IngestLine) => (line.ok ? process.stdout : process.stderr).write(`${formatLine(line)}\n`);

  let summary: IngestSummary;
  const server = readLockHolder(config);
  if (server?.port && server.token) {
    process.stdout.write(`The Tideline server (pid ${server.pid}) holds the embedded database: sending the articles to it on port ${server.port}.\n`);
    summary = await ingestThroughServer(server, tasks, values.force, print);
  } else {
    let release: () => void;
    try {
      release = acquireEmbeddedLock(config, "npm run ingest");
    } catch (e) {
      if (e instanceof DatabaseInUseError) {
        process.stderr.write(`${e.message}\n`);
        return 3;
      }
      throw e;
    }
    const db = await openDatabase(config);
    try {
      summary = await runIngest(db, tasks, ctx, print);
    } finally {
      await db.close();
      release();
    }
  }
  process.stdout.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

async function ingestThroughServer(
  server: LockHolder,
  tasks: readonly IngestTask[],
  force: boolean,
  print: (line: IngestLine) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { lines: [], created: 0, replaced: 0, unchanged: 0, duplicate: 0, failed: 0 };
  for (const task of tasks) {
    const t0 = performance.now();
    let line: IngestLine;
    try {
      const input = task.prepare();
      const res = await fetch(`http://127.0.0.1:${server.port}/api/ingest`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-tideline-token": server.token ?? "" },
        body: JSON.stringify({ input, force }),
      });
      const body = (await res.json()) as { outcome?: never; error?: string };
      line = body.outcome
        ? { source: task.source, ok: true, outcome: body.outcome, title: input.title, ms: performance.now() - t0 }
        : { source: task.source, ok: false, error: `${task.source}: ${body.error ?? `server answered ${res.status}`}` };
    } catch (e) {
      const message = e instanceof IngestError ? e.message : `${task.source}: ${(e as Error).message}`;
      line = { source: task.source, ok: false, error: message };
    }
    summary.lines.push(line);
    if (line.ok) summary[line.outcome.status]++;
    else summary.failed++;
    print(line);
  }
  return summary;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`ingest failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
