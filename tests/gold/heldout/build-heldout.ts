/**
 * Build the held-out gold set (tests/gold/heldout/) from its label files.
 *   npx tsx tests/gold/heldout/build-heldout.ts [--check] [--show ID]
 * Same builder and conventions as tests/gold/tools/build-gold.ts, but reads
 * tests/gold/heldout/labels/*.ts and writes tests/gold/heldout/<id>.json.
 * These articles were labelled blind: never tune the extractor on them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeText } from "../../../src/domain/ingestion/normalize-text";
import { buildGold } from "../tools/build-gold";
import type { ArticleLabels } from "../tools/label-spec";

const root = path.resolve(import.meta.dirname, "../../..");
const dir = path.join(root, "tests/gold/heldout");

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 25), start)}[${text.slice(start, end)}]${text.slice(end, end + 25)}`.replace(/\n/g, "⏎");
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;
  let failed = 0;
  for (const f of readdirSync(path.join(dir, "labels")).filter((n) => n.endsWith(".ts")).sort()) {
    const labels = ((await import(pathToFileURL(path.join(dir, "labels", f)).href)) as { default: ArticleLabels }).default;
    let json: string;
    try {
      const gold = buildGold(labels);
      json = JSON.stringify(gold, null, 1) + "\n";
      process.stdout.write(`${labels.id}: ${gold.quotes.length} quotes, ${gold.mentions.length} mentions, ${gold.figures.length} figures, ${gold.dates.length} dates\n`);
      if (show === labels.id || show === "all") {
        const text = normalizeText(readFileSync(path.join(root, labels.file), "utf8"));
        for (const x of gold.quotes) process.stdout.write(`  Q ${x.scare ? "SCARE" : x.speaker}${x.optional ? " (opt)" : ""}: ${context(text, x.start, x.end)}\n`);
        for (const m of gold.mentions) process.stdout.write(`  M ${m.actor}${m.optional ? " (opt)" : ""}: ${context(text, m.start, m.end)}\n`);
        for (const x of gold.figures) process.stdout.write(`  F ${x.kind} ${x.value} ${x.qualifier ?? "-"} ${x.asOf}${x.optional ? " (opt)" : ""}: ${context(text, x.start, x.end)}\n`);
        for (const d of gold.dates) process.stdout.write(`  D ${d.date}/${d.precision}${d.optional ? " (opt)" : ""}: ${context(text, d.start, d.end)}\n`);
      }
    } catch (e) {
      process.stderr.write(`${f}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    const out = path.join(dir, `${labels.id}.json`);
    if (check) {
      let current = "";
      try { current = readFileSync(out, "utf8"); } catch { /* missing */ }
      if (current !== json) { process.stderr.write(`${out} is stale: rerun build-heldout\n`); failed++; }
    } else {
      writeFileSync(out, json);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exitCode = 1; });
