/**
 * Turn the label files (tests/gold/labels/*.ts) into gold JSON with offsets.
 *   npx tsx tests/gold/tools/build-gold.ts [--check] [--show ID]
 * Offsets are computed against normalizeText(file), never counted by hand;
 * every span is re-sliced and compared before anything is written.
 * --check fails when a written gold file differs from what the labels produce.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { validateGold, type GoldArticle } from "../../../src/domain/evaluation/gold-schema";
import { normalizeText } from "../../../src/domain/ingestion/normalize-text";
import type { ArticleLabels, Locator } from "./label-spec";

const root = path.resolve(import.meta.dirname, "../../..");
const goldDir = path.join(root, "tests/gold");

function locate(text: string, needle: string, loc: Locator, what: string): { start: number; end: number } {
  let from = 0;
  if (loc.after !== undefined) {
    from = text.indexOf(loc.after);
    if (from < 0) throw new Error(`${what}: anchor "${loc.after}" not found`);
  }
  const hits: number[] = [];
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) hits.push(i);
  if (hits.length === 0) throw new Error(`${what}: "${needle}" not found`);
  if (loc.occurrence === undefined && loc.after === undefined && hits.length > 1) {
    throw new Error(`${what}: "${needle}" occurs ${hits.length} times; give occurrence or after`);
  }
  const at = hits[(loc.occurrence ?? 1) - 1];
  if (at === undefined) throw new Error(`${what}: "${needle}" has no occurrence ${loc.occurrence}`);
  return { start: at, end: at + needle.length };
}

const WORD = /[\p{L}\p{N}]/u;

/** Whole-word occurrences: the characters either side are not letters or digits. */
function allWordHits(text: string, form: string): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? " ";
    const after = text[i + form.length] ?? " ";
    const formStartsWord = WORD.test(form[0] ?? "");
    const formEndsWord = WORD.test(form[form.length - 1] ?? "");
    if (formStartsWord && WORD.test(before)) continue;
    if (formEndsWord && WORD.test(after)) continue;
    hits.push(i);
  }
  return hits;
}

type Claimed = { start: number; end: number };
const overlaps = (a: Claimed, b: Claimed) => a.start < b.end && b.start < a.end;

/** Label every occurrence of every form, longest form first, skipping excluded and already-claimed ranges. */
function labelAll<T>(
  text: string,
  forms: { form: string; value: T }[],
  excluded: Claimed[],
  what: string,
): (Claimed & { text: string; value: T })[] {
  const out: (Claimed & { text: string; value: T })[] = [];
  const sorted = [...forms].sort((a, b) => b.form.length - a.form.length);
  for (const { form, value } of sorted) {
    const hits = allWordHits(text, form);
    if (hits.length === 0) throw new Error(`${what}: form "${form}" never occurs`);
    for (const start of hits) {
      const r = { start, end: start + form.length };
      if (excluded.some((x) => overlaps(x, r)) || out.some((x) => overlaps(x, r))) continue;
      out.push({ ...r, text: form, value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function buildGold(labels: ArticleLabels): GoldArticle {
  const text = normalizeText(readFileSync(path.join(root, labels.file), "utf8"));
  const id = labels.id;
  const quotes = labels.quotes.map((l) => {
    const r = locate(text, l.text, l, `${id} quote`);
    return {
      text: l.text, ...r, speaker: l.speaker, speakerAsWritten: l.speakerAsWritten,
      ...(l.scare ? { scare: true as const } : {}), ...(l.optional ? { optional: true as const } : {}),
    };
  });
  const notMentions = [
    ...(labels.notMentions ?? []).map((l) => locate(text, l.text, l, `${id} notMention`)),
    ...(labels.notMentionForms ?? []).flatMap((form) => {
      const hits = allWordHits(text, form);
      if (hits.length === 0) throw new Error(`${id} notMentionForms: "${form}" never occurs`);
      return hits.map((start) => ({ start, end: start + form.length }));
    }),
  ];
  const mentionForms = [
    ...Object.entries(labels.mentions).flatMap(([actor, forms]) => forms.map((form) => ({ form, value: { actor, optional: false } }))),
    ...Object.entries(labels.optionalMentions ?? {}).flatMap(([actor, forms]) =>
      forms.map((form) => ({ form, value: { actor, optional: true } })),
    ),
  ];
  const mentions = labelAll(text, mentionForms, notMentions, `${id} mention`).map((m) => ({
    text: m.text, start: m.start, end: m.end, actor: m.value.actor, ...(m.value.optional ? { optional: true as const } : {}),
  }));
  const figures = labels.figures.map((l) => ({
    text: l.text, ...locate(text, l.text, l, `${id} figure`), value: l.value, kind: l.kind, qualifier: l.qualifier,
    asOf: l.asOf ?? labels.published, ...(l.optional ? { optional: true as const } : {}),
  }));
  const overrides = (labels.dateOverrides ?? []).map((l) => ({ ...locate(text, l.text, l, `${id} dateOverride`), l }));
  const notDates = (labels.notDates ?? []).map((l) => locate(text, l.text, l, `${id} notDate`));
  const dateForms = Object.entries(labels.dates).map(([form, value]) => ({ form, value }));
  const found = Object.keys(labels.dates).length ? labelAll(text, dateForms, [...notDates, ...overrides], `${id} date`) : [];
  const dates = [
    ...found.map((d) => ({ text: d.text, start: d.start, end: d.end, ...d.value })),
    ...overrides.map(({ start, end, l }) => ({ text: l.text, start, end, date: l.date, precision: l.precision, ...(l.optional ? { optional: true as const } : {}) })),
  ]
    .map(({ text: t, start, end, date, precision, optional }) => ({ text: t, start, end, date, precision, ...(optional ? { optional: true as const } : {}) }))
    .sort((a, b) => a.start - b.start);
  const gold: GoldArticle = {
    article: { file: labels.file, outlet: labels.outlet, published: labels.published, ...(labels.invented ? { invented: true } : {}) },
    quotes: quotes.sort((a, b) => a.start - b.start),
    mentions,
    figures: figures.sort((a, b) => a.start - b.start),
    dates,
  };
  const problems = validateGold(gold, text);
  if (problems.length) throw new Error(`${id}:\n  ${problems.join("\n  ")}`);
  return gold;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 25), start)}[${text.slice(start, end)}]${text.slice(end, end + 25)}`.replace(/\n/g, "⏎");
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;
  const files = readdirSync(path.join(goldDir, "labels")).filter((f) => f.endsWith(".ts")).sort();
  let failed = 0;
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(goldDir, "labels", f)).href)) as { default: ArticleLabels };
    const labels = mod.default;
    let gold: GoldArticle;
    try {
      gold = buildGold(labels);
    } catch (e) {
      process.stderr.write(`${f}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    const out = path.join(goldDir, `${labels.id}.json`);
    const json = JSON.stringify(gold, null, 1) + "\n";
    if (check) {
      let current = "";
      try { current = readFileSync(out, "utf8"); } catch { /* missing */ }
      if (current !== json) { process.stderr.write(`${out} is stale: rerun build-gold\n`); failed++; }
    } else {
      writeFileSync(out, json);
    }
    process.stdout.write(`${labels.id}: ${gold.quotes.length} quotes, ${gold.mentions.length} mentions, ${gold.figures.length} figures, ${gold.dates.length} dates\n`);
    if (show === labels.id) {
      const text = normalizeText(readFileSync(path.join(root, labels.file), "utf8"));
      for (const m of gold.mentions) process.stdout.write(`  M ${m.actor}${m.optional ? " (opt)" : ""}: ${context(text, m.start, m.end)}\n`);
      for (const d of gold.dates) process.stdout.write(`  D ${d.date}/${d.precision}${d.optional ? " (opt)" : ""}: ${context(text, d.start, d.end)}\n`);
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then((code) => { process.exitCode = code; }, (e: unknown) => { console.error(e); process.exitCode = 1; });
}
