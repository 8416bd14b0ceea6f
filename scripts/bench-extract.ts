/**
 * Extraction throughput on one core, in one process.
 *   npm run bench:extract [-- --count 1200 --seed 42] [-- --steps]
 * --steps also times each extraction step separately (a second pass, so the
 * headline figures are not skewed by the extra timer calls).
 * The corpus is generated in memory from the seeds and the gold articles
 * (src/domain/evaluation/generate-corpus.ts); nothing is written to disk.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createRegistry } from "../src/domain/extraction/actor-registry";
import { extractActors } from "../src/domain/extraction/actors";
import { extractDates } from "../src/domain/extraction/dates";
import { extractArticle } from "../src/domain/extraction/extract-article";
import { extractFigures } from "../src/domain/extraction/figures";
import { attachSpeakers, extractQuotes } from "../src/domain/extraction/quotes";
import { segment } from "../src/domain/extraction/segment";
import { generateCorpus, type CorpusSource } from "../src/domain/evaluation/generate-corpus";
import { loadGoldCases } from "../src/domain/evaluation/gold-files";
import { loadCuratedActors } from "../src/domain/ingestion/curated-actors";
import { normalizeText } from "../src/domain/ingestion/normalize-text";

const TARGET_ARTICLES_PER_SECOND = 200;

type Article = { text: string; published: Parameters<typeof extractArticle>[1]["published"] };

/** The steps of extractArticle, timed one by one (same order, same inputs). Returns ms per step. */
function timeSteps(corpus: readonly Article[], registry: ReturnType<typeof createRegistry>): [string, number][] {
  const ms = { segment: 0, dates: 0, actors: 0, quotes: 0, figures: 0 };
  for (const a of corpus) {
    let t = performance.now();
    const segmentation = segment(a.text);
    let u = performance.now();
    ms.segment += u - t;
    const dates = extractDates(a.text, segmentation, a.published);
    t = performance.now();
    ms.dates += t - u;
    const actors = extractActors(a.text, segmentation, registry);
    u = performance.now();
    ms.actors += u - t;
    attachSpeakers(extractQuotes(a.text, segmentation, actors, dates), actors);
    t = performance.now();
    ms.quotes += t - u;
    extractFigures(a.text, segmentation, dates, a.published);
    ms.figures += performance.now() - t;
  }
  return Object.entries(ms);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

function main(): number {
  const { values } = parseArgs({ options: { count: { type: "string", default: "1200" }, seed: { type: "string", default: "20251113" }, steps: { type: "boolean", default: false } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const root = process.cwd();

  const sources: CorpusSource[] = [];
  for (const f of readdirSync(path.join(root, "seeds")).filter((n) => n.endsWith(".txt")).sort()) {
    sources.push({ id: f, text: normalizeText(readFileSync(path.join(root, "seeds", f), "utf8")) });
  }
  const gold = loadGoldCases(root);
  for (const c of gold.filter((g) => g.gold.article.invented)) sources.push({ id: c.id, text: c.text });
  const swapNames = [...new Set(gold.flatMap((c) => c.gold.quotes.map((q) => q.speaker)).filter((s): s is string => !!s && / /.test(s) && !/^(US|UK|UN) /.test(s)))];

  const corpus = generateCorpus(sources, { count, seed, swapNames });
  const registry = createRegistry(loadCuratedActors(path.join(root, "seeds", "actors.json")));
  const totalChars = corpus.reduce((n, a) => n + a.text.length, 0);

  // Warm-up: let V8 compile the hot paths before anything is timed.
  for (const a of corpus.slice(0, Math.min(50, corpus.length))) extractArticle(a.text, { published: a.published, registry });

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const times: number[] = [];
  let failures = 0;
  sample();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  corpus.forEach((a, i) => {
    const s = performance.now();
    try {
      extractArticle(a.text, { published: a.published, registry });
    } catch {
      failures++;
    }
    times.push(performance.now() - s);
    if (i % 25 === 0) sample();
  });
  const elapsed = (performance.now() - t0) / 1000;
  // CPU time is less sensitive than wall time to other work sharing the machine.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  sample();

  const sorted = [...times].sort((a, b) => a - b);
  const perSecond = corpus.length / elapsed;
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const lines = [
    `corpus      ${corpus.length} articles from ${sources.length} sources (seed ${seed}), ${(totalChars / 1024).toFixed(0)} KB, mean ${(totalChars / corpus.length / 1024).toFixed(1)} KB/article`,
    `time        ${elapsed.toFixed(2)} s on one core (${cpuSeconds.toFixed(2)} s CPU, ${(corpus.length / cpuSeconds).toFixed(0)} articles per CPU-second)${failures ? `, ${failures} articles threw` : ""}`,
    `latency     p50 ${percentile(sorted, 50).toFixed(3)} ms   p95 ${percentile(sorted, 95).toFixed(3)} ms   p99 ${percentile(sorted, 99).toFixed(3)} ms   max ${(sorted[sorted.length - 1] ?? 0).toFixed(3)} ms`,
    `memory      peak RSS ${mb(peakRss)}   peak heap used ${mb(peakHeap)}`,
    `throughput  ${perSecond.toFixed(0)} articles/s   ${(totalChars / elapsed / 1024 / 1024).toFixed(2)} M chars/s   (target >= ${TARGET_ARTICLES_PER_SECOND} articles/s: ${perSecond >= TARGET_ARTICLES_PER_SECOND ? "met" : "NOT met"})`,
  ];
  if (values.steps) {
    const steps = timeSteps(corpus, registry);
    const total = steps.reduce((n, [, v]) => n + v, 0);
    for (const [name, v] of steps) {
      lines.push(`step        ${name.padEnd(8)} ${(v / corpus.length).toFixed(3)} ms/article   ${((100 * v) / total).toFixed(0).padStart(3)}%`);
    }
  }
  process.stdout.write(lines.join("\n") + "\n");
  return failures ? 1 : 0;
}

process.exitCode = main();
