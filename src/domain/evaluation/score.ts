import type { ArticleExtraction } from "../extraction/types";
import type { GoldArticle } from "./gold-schema";
import { matchOneToOne, overlaps, overlapsByHalf, type Range } from "./match";
import type { NameMatcher } from "./names";

/** What the scorer needs from an extraction; a plain shape so any extractor output can be scored. */
export type Prediction = {
  quotes: (Range & { text: string; speaker: string | null; speakerAsWritten: string | null; method?: string | null })[];
  mentions: (Range & { text: string; actor: string })[];
  figures: (Range & { text: string; value: number; kind: string; qualifier: string | null; asOf: string })[];
  dates: (Range & { text: string; date: string; precision: string })[];
};

export function predictionFromExtraction(x: ArticleExtraction): Prediction {
  return {
    quotes: x.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerAsWritten: q.speakerAsWritten, method: q.method })),
    mentions: x.actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, actor: a.name }))),
    figures: x.figures.map((f) => ({ start: f.start, end: f.end, text: f.text, value: f.value, kind: f.kind, qualifier: f.qualifier, asOf: f.asOf })),
    dates: x.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, date: d.date, precision: d.precision })),
  };
}

export type Counts = { tp: number; fp: number; fn: number };
/** A count of correct judgements among matched items (speaker, qualifier, date value). */
export type Tally = { correct: number; total: number };

export type Category = "quotes" | "mentions" | "figures" | "dates";
export type IssueKind = "miss" | "false-positive" | "scare-reported" | "wrong-speaker" | "wrong-qualifier" | "wrong-as-of" | "wrong-date";
export type Issue = { article: string; category: Category; kind: IssueKind; start: number; end: number; excerpt: string; detail: string };

export type ArticleScore = {
  article: string;
  quotes: Counts & { speaker: Tally };
  mentions: Counts & { detection: Counts };
  figures: Counts & { qualifier: Tally; asOf: Tally };
  dates: Counts & { resolution: Tally };
  issues: Issue[];
};

export type Ratios = { precision: number | null; recall: number | null; f1: number | null };

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function prf(c: Counts): Ratios {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
  return { precision, recall, f1 };
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const tally = (): Tally => ({ correct: 0, total: 0 });
const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase().replace(/\s+/g, " ");

/** Score one article's prediction against its gold labels. Pure. */
export function scoreArticle(article: string, text: string, gold: GoldArticle, pred: Prediction, sameActor: NameMatcher): ArticleScore {
  const issues: Issue[] = [];
  const note = (category: Category, kind: IssueKind, r: Range, detail: string) =>
    issues.push({ article, category, kind, start: r.start, end: r.end, excerpt: excerpt(text, r), detail });

  // Quotes: scare-quote gold items are negatives, optional ones are neutral.
  const quotes = { ...empty(), speaker: tally() };
  const qm = matchOneToOne(pred.quotes, gold.quotes, overlapsByHalf);
  for (const { pred: p, gold: g } of qm.pairs) {
    if (g.optional) continue;
    if (g.scare) {
      quotes.fp++;
      note("quotes", "scare-reported", p, "a scare quote reported as a statement");
      continue;
    }
    quotes.tp++;
    quotes.speaker.total++;
    // An unidentified description ("the admiral") names no one: it scores as no speaker.
    const said = p.speaker ?? (p.method === "description" ? null : p.speakerAsWritten);
    if (sameActor(said, g.speaker)) quotes.speaker.correct++;
    else note("quotes", "wrong-speaker", g, `speaker ${JSON.stringify(said)}, expected ${JSON.stringify(g.speaker)}`);
  }
  for (const p of qm.unmatchedPred) {
    quotes.fp++;
    note("quotes", "false-positive", p, `speaker ${JSON.stringify(p.speaker ?? p.speakerAsWritten)}`);
  }
  for (const g of qm.unmatchedGold) {
    if (g.optional || g.scare) continue;
    quotes.fn++;
    note("quotes", "miss", g, `speaker ${JSON.stringify(g.speaker)}`);
  }

  // Mentions: linked when the spans overlap and the actor names agree.
  const mentions = { ...empty(), detection: empty() };
  const optionalMentions = gold.mentions.filter((g) => g.optional);
  const neutralMention = (p: Range) => optionalMentions.some((g) => overlaps(g, p));
  const mm = matchOneToOne(pred.mentions, gold.mentions, (p, g) => overlaps(p, g) && sameActor(p.actor, g.actor));
  for (const { gold: g } of mm.pairs) if (!g.optional) mentions.tp++;
  for (const p of mm.unmatchedPred) {
    if (neutralMention(p)) continue;
    mentions.fp++;
    note("mentions", "false-positive", p, `linked to ${JSON.stringify(p.actor)}`);
  }
  for (const g of mm.unmatchedGold) {
    if (g.optional) continue;
    mentions.fn++;
    note("mentions", "miss", g, `expected ${JSON.stringify(g.actor)}`);
  }
  const md = matchOneToOne(pred.mentions, gold.mentions, overlaps);
  for (const { gold: g } of md.pairs) if (!g.optional) mentions.detection.tp++;
  mentions.detection.fp = md.unmatchedPred.filter((p) => !neutralMention(p)).length;
  mentions.detection.fn = md.unmatchedGold.filter((g) => !g.optional).length;

  // Figures: only the kinds the gold labels; "other" figures are not scored.
  const figures = { ...empty(), qualifier: tally(), asOf: tally() };
  const scoredFigures = pred.figures.filter((f) => f.kind !== "other");
  const optionalFigures = gold.figures.filter((g) => g.optional);
  const fm = matchOneToOne(scoredFigures, gold.figures, (p, g) => overlaps(p, g) && p.value === g.value && p.kind === g.kind);
  for (const { pred: p, gold: g } of fm.pairs) {
    if (g.optional) continue;
    figures.tp++;
    figures.qualifier.total++;
    if (norm(p.qualifier) === norm(g.qualifier)) figures.qualifier.correct++;
    else note("figures", "wrong-qualifier", g, `qualifier ${JSON.stringify(p.qualifier)}, expected ${JSON.stringify(g.qualifier)}`);
    figures.asOf.total++;
    if (p.asOf === g.asOf) figures.asOf.correct++;
    else note("figures", "wrong-as-of", g, `as of ${p.asOf}, expected ${g.asOf}`);
  }
  for (const p of fm.unmatchedPred) {
    if (optionalFigures.some((g) => overlaps(g, p))) continue;
    figures.fp++;
    note("figures", "false-positive", p, `${p.kind} ${p.value}`);
  }
  for (const g of fm.unmatchedGold) {
    if (g.optional) continue;
    figures.fn++;
    note("figures", "miss", g, `${g.kind} ${g.value}`);
  }

  // Dates: detection by overlap; resolution judged on the detected ones.
  const dates = { ...empty(), resolution: tally() };
  const optionalDates = gold.dates.filter((g) => g.optional);
  const dm = matchOneToOne(pred.dates, gold.dates, overlaps);
  for (const { pred: p, gold: g } of dm.pairs) {
    if (g.optional) continue;
    dates.tp++;
    dates.resolution.total++;
    if (p.date === g.date && p.precision === g.precision) dates.resolution.correct++;
    else note("dates", "wrong-date", g, `${p.date}/${p.precision}, expected ${g.date}/${g.precision}`);
  }
  for (const p of dm.unmatchedPred) {
    if (optionalDates.some((g) => overlaps(g, p))) continue;
    dates.fp++;
    note("dates", "false-positive", p, `${p.date}/${p.precision}`);
  }
  for (const g of dm.unmatchedGold) {
    if (g.optional) continue;
    dates.fn++;
    note("dates", "miss", g, `${g.date}/${g.precision}`);
  }

  return { article, quotes, mentions, figures, dates, issues };
}

function excerpt(text: string, r: Range, max = 90): string {
  const s = text.slice(r.start, r.end).replace(/\s+/g, " ");
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const addTally = (a: Tally, b: Tally): Tally => ({ correct: a.correct + b.correct, total: a.total + b.total });

/** Micro-average: sum the counts of every article. */
export function sumScores(scores: readonly ArticleScore[]): ArticleScore {
  const zero: ArticleScore = {
    article: "overall",
    quotes: { ...empty(), speaker: tally() },
    mentions: { ...empty(), detection: empty() },
    figures: { ...empty(), qualifier: tally(), asOf: tally() },
    dates: { ...empty(), resolution: tally() },
    issues: [],
  };
  return scores.reduce<ArticleScore>(
    (acc, s) => ({
      article: "overall",
      quotes: { ...addCounts(acc.quotes, s.quotes), speaker: addTally(acc.quotes.speaker, s.quotes.speaker) },
      mentions: { ...addCounts(acc.mentions, s.mentions), detection: addCounts(acc.mentions.detection, s.mentions.detection) },
      figures: {
        ...addCounts(acc.figures, s.figures),
        qualifier: addTally(acc.figures.qualifier, s.figures.qualifier),
        asOf: addTally(acc.figures.asOf, s.figures.asOf),
      },
      dates: { ...addCounts(acc.dates, s.dates), resolution: addTally(acc.dates.resolution, s.dates.resolution) },
      issues: [...acc.issues, ...s.issues],
    }),
    zero,
  );
}

/** The headline figures the floors are set on (tests/gold/floors.json). A category with nothing to measure scores 0. */
export type Headline = {
  quotesF1: number;
  speakerAccuracy: number;
  mentionLinkingF1: number;
  figuresF1: number;
  dateDetectionF1: number;
  dateResolution: number;
};

export function headline(s: ArticleScore): Headline {
  return {
    quotesF1: prf(s.quotes).f1 ?? 0,
    speakerAccuracy: ratio(s.quotes.speaker.correct, s.quotes.speaker.total) ?? 0,
    mentionLinkingF1: prf(s.mentions).f1 ?? 0,
    figuresF1: prf(s.figures).f1 ?? 0,
    dateDetectionF1: prf(s.dates).f1 ?? 0,
    dateResolution: ratio(s.dates.resolution.correct, s.dates.resolution.total) ?? 0,
  };
}
