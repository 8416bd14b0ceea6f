/**
 * Build a held-out gold set (tests/gold/SET/) from its label files.
 *   npx tsx tests/gold/tools/build-set.ts SET [--check] [--show ID|all]
 * Same builder and conventions as build-gold.ts, but reads
 * tests/gold/SET/labels/*.ts and writes tests/gold/SET/<id>.json.
 * Held-out sets are labelled blind (docs/decisions/006).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeText } from "../../../src/domain/ingestion/normalize-text";
import { buildGold } from "../tools/build-gold";
import type { ArticleLabels } from "../tools/label-spec";

const root = path.resolve(import.meta.dirname, "../../..");
const set = process.argv[2] ?? "";
const dir = path.join(root, "tests/gold", set);

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 25), start)}[${text.slice(start, end)}]${text.slice(end, end + 25)}`.replace(/\n/g, "⏎");
}

async function main(): Promise<number> {
  if (!/^[a-z0-9_-]+$/.test(set)) {
    process.stderr.write("usage: npx tsx tests/gold/tools/build-set.ts SET [--check] [--show ID|all]\n");
    return 2;
  }
  const args = process.argv.slice(3);
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
      if (current !== json) { process.stderr.write(`${out} is stale: rerun tests/gold/tools/build-set.ts ${set}\n`); failed++; }
    } else {
      writeFileSync(out, json);
    }
  }
  return failed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exitCode = 1; });
