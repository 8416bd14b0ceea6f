import type { IngestTask } from "../../domain/ingestion/collect-inputs";
import { IngestError } from "../../domain/ingestion/ingest-error";
import type { ArticleInput } from "../../domain/ingestion/prepare-article";
import type { Database } from "../open-database";
import { ingestArticle, type IngestContext, type IngestOutcome } from "./ingest-article";

export type IngestLine =
  | { source: string; ok: true; outcome: IngestOutcome; title: string; ms: number }
  | { source: string; ok: false; error: string };

export type IngestSummary = { lines: IngestLine[]; created: number; replaced: number; unchanged: number; duplicate: number; failed: number };

/**
 * Ingest tasks one by one, each in its own transaction: a bad article is
 * reported and skipped, the others still land.
 */
export async function runIngest(
  db: Database,
  tasks: readonly IngestTask[],
  ctx: IngestContext,
  onLine: (line: IngestLine) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { lines: [], created: 0, replaced: 0, unchanged: 0, duplicate: 0, failed: 0 };
  for (const task of tasks) {
    const line = await ingestOne(db, task, ctx);
    summary.lines.push(line);
    if (!line.ok) summary.failed++;
    else summary[line.outcome.status]++;
    onLine(line);
  }
  return summary;
}

async function ingestOne(db: Database, task: IngestTask, ctx: IngestContext): Promise<IngestLine> {
  const t0 = performance.now();
  let input: ArticleInput;
  try {
    input = task.prepare();
  } catch (e) {
    return { source: task.source, ok: false, error: describe(task.source, e) };
  }
  try {
    const outcome = await ingestArticle(db, input, ctx);
    return { source: task.source, ok: true, outcome, title: input.title, ms: performance.now() - t0 };
  } catch (e) {
    return { source: task.source, ok: false, error: describe(task.source, e) };
  }
}

function describe(source: string, e: unknown): string {
  if (e instanceof IngestError) return e.message;
  // Prisma puts the cause on the last non-empty line of a multi-line message.
  const lines = (e instanceof Error ? e.message : String(e)).split("\n").map((l) => l.trim()).filter(Boolean);
  return `${source}: ${lines.at(-1) ?? "unknown error"}`;
}

export function formatLine(line: IngestLine): string {
  if (!line.ok) return `✗ ${line.error}`;
  const o = line.outcome;
  if (o.status === "unchanged") return `= ${line.source}: unchanged (${o.articleId})`;
  if (o.status === "duplicate") return `= ${line.source}: same text as ${o.duplicateOf} already ingested (${o.articleId}); skipped`;
  const c = o.counts;
  return `${o.status === "created" ? "+" : "~"} ${line.source}: ${o.status} ${o.articleId} "${truncate(line.title, 60)}" — ${c.quotes} quotes, ${c.actors} actors, ${c.mentions} mentions, ${c.figures} figures, ${c.dates} dates, ${c.citations} citations, ${c.events} events (${Math.round(line.ms)} ms)`;
}

export function formatSummary(s: IngestSummary): string {
  return `${s.lines.length} articles: ${s.created} created, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.duplicate} duplicate, ${s.failed} failed`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
