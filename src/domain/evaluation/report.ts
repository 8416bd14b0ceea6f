import { headline, prf, ratio, type ArticleScore, type Counts, type Issue, type Tally } from "./score";
import type { EvalResult } from "./run-eval";

/**
 * The text report printed by `npm run eval`: tables first, the long list of
 * misses next, and a short overall summary LAST, because tools read the tail.
 */
const pct = (x: number | null) => (x === null ? "  —  " : `${(100 * x).toFixed(1).padStart(5)}`);
const prfCells = (c: Counts) => {
  const r = prf(c);
  return `${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`;
};
const acc = (t: Tally) => `${pct(ratio(t.correct, t.total))} (${t.correct}/${t.total})`;

function table(title: string, rows: ArticleScore[], cells: (s: ArticleScore) => string, header: string): string[] {
  const width = Math.max(...rows.map((r) => r.article.length), 8);
  return [
    "",
    `== ${title}`,
    `${"article".padEnd(width)}  ${header}`,
    ...rows.map((r) => `${r.article.padEnd(width)}  ${cells(r)}`),
  ];
}

export function formatReport(result: EvalResult): string {
  const rows = [...result.articles, result.overall];
  const counts = (c: Counts) => `tp ${String(c.tp).padStart(3)} fp ${String(c.fp).padStart(3)} fn ${String(c.fn).padStart(3)}`;
  const lines: string[] = [
    `Extraction evaluation over ${result.articles.length} gold articles (P / R / F1 in %)`,
    ...table("quotes (span overlap >= 50% of the shorter; scare quotes count against)", rows,
      (s) => `${prfCells(s.quotes)}  ${counts(s.quotes)}  speaker ${acc(s.quotes.speaker)}`, "    P     R    F1   counts                  speaker accuracy"),
    ...table("actor mentions (linking: span overlap + same actor; detection: span only)", rows,
      (s) => `${prfCells(s.mentions)}  ${counts(s.mentions)}  detection F1 ${pct(prf(s.mentions.detection).f1)}`, "    P     R    F1   counts"),
    ...table("figures (span overlap + same value + same kind)", rows,
      (s) => `${prfCells(s.figures)}  ${counts(s.figures)}  qualifier ${acc(s.figures.qualifier)}  as-of ${acc(s.figures.asOf)}`, "    P     R    F1   counts"),
    ...table("dates (detection by span overlap; resolution = same value and precision)", rows,
      (s) => `${prfCells(s.dates)}  ${counts(s.dates)}  resolved ${acc(s.dates.resolution)}`, "    P     R    F1   counts"),
  ];
  const issues = result.overall.issues;
  lines.push("", `== misses and false positives (${issues.length})`);
  const order: Issue["category"][] = ["quotes", "mentions", "figures", "dates"];
  for (const category of order) {
    const list = issues.filter((i) => i.category === category);
    if (!list.length) continue;
    lines.push(`-- ${category} (${list.length})`);
    for (const i of list) lines.push(`  ${i.article} ${i.kind.padEnd(15)} [${i.start},${i.end}) "${i.excerpt}"  ${i.detail}`);
  }
  for (const e of result.errors) lines.push("", `!! extractor threw on ${e.article}:`, e.error);
  lines.push("", ...formatSummary(result));
  return lines.join("\n");
}

/** About six lines, the last thing printed. */
export function formatSummary(result: EvalResult): string[] {
  const h = headline(result.overall);
  const o = result.overall;
  const f = (x: number) => (100 * x).toFixed(1);
  return [
    `== SUMMARY (${result.articles.length} gold articles${result.errors.length ? `, ${result.errors.length} extractor errors` : ""})`,
    `quotes        F1 ${f(h.quotesF1)}  (tp ${o.quotes.tp} fp ${o.quotes.fp} fn ${o.quotes.fn})   speaker accuracy ${f(h.speakerAccuracy)} (${o.quotes.speaker.correct}/${o.quotes.speaker.total})`,
    `mentions      linking F1 ${f(h.mentionLinkingF1)}  (tp ${o.mentions.tp} fp ${o.mentions.fp} fn ${o.mentions.fn})   detection F1 ${f(prf(o.mentions.detection).f1 ?? 0)}`,
    `figures       F1 ${f(h.figuresF1)}  (tp ${o.figures.tp} fp ${o.figures.fp} fn ${o.figures.fn})   qualifier accuracy ${f(ratio(o.figures.qualifier.correct, o.figures.qualifier.total) ?? 0)}`,
    `dates         detection F1 ${f(h.dateDetectionF1)}  (tp ${o.dates.tp} fp ${o.dates.fp} fn ${o.dates.fn})   resolution ${f(h.dateResolution)} (${o.dates.resolution.correct}/${o.dates.resolution.total})`,
  ];
}
