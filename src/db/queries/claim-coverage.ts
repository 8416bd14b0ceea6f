import { z } from "zod";
import type { CitationInstance, ClaimDetail, ClaimKind, ClaimStatus, DateValue, OutletRef, Stance } from "./types";

/**
 * Pure readings of one claim's citations for the claim page: who credits whom
 * (the attribution chain as a sentence), which outlet carried it on which
 * date (the coverage matrix), who had it first, and why the status is what it
 * is. No I/O here: the page hands in what `getClaimPage` loaded.
 */

/** One link of a citation's attribution chain, as stored in Citation.sources. */
export type ChainLink = { name: string; actorId: string | null; level: number; kind: "media" | "anonymous" | "named" | null };

export type ClaimPageData = { claim: ClaimDetail; chains: Record<string, ChainLink[]> };

const StoredChain = z.array(
  z.object({
    name: z.string(),
    actorId: z.string().nullish(),
    level: z.number().int().nonnegative().nullish(),
    kind: z.enum(["media", "anonymous", "named"]).nullish(),
  }),
);

/** The stored chain (JSON written by the ingester); malformed JSON is an empty chain, never a guess. */
export function parseChain(json: unknown): ChainLink[] {
  const parsed = StoredChain.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.map((s, i) => ({ name: s.name, actorId: s.actorId ?? null, level: s.level ?? i, kind: s.kind ?? null }));
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();

/** The outlet naming itself ("… told NBC News" in NBC News) is not a separate source. */
function isOutletItself(link: ChainLink, outlet: OutletRef): boolean {
  return link.actorId === outlet.id || fold(link.name) === fold(outlet.name);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The chain grouped by level, nearest first, the outlet's own name dropped. */
export function chainLevels(outlet: OutletRef, chain: readonly ChainLink[]): ChainLink[][] {
  const byLevel = new Map<number, ChainLink[]>();
  for (const link of chain) {
    if (isOutletItself(link, outlet)) continue;
    const names = byLevel.get(link.level) ?? [];
    if (!names.some((n) => fold(n.name) === fold(link.name))) names.push(link);
    byLevel.set(link.level, names);
  }
  return [...byLevel.entries()].sort((a, b) => a[0] - b[0]).map(([, links]) => links);
}

/**
 * The attribution chain as one sentence: "Al Jazeera, citing The Washington
 * Post and Reuters"; a deeper level reads "…, citing Reuters, in turn citing
 * Marco Rubio". With no source named: "Al Jazeera, on its own authority".
 */
export function attributionSentence(outlet: OutletRef, chain: readonly ChainLink[]): string {
  const levels = chainLevels(outlet, chain);
  if (levels.length === 0) return `${outlet.name}, on its own authority`;
  return [outlet.name, ...levels.map((links, i) => `${i === 0 ? "citing" : "in turn citing"} ${joinNames(links.map((l) => l.name))}`)].join(", ");
}

/** The party a citation ultimately rests on (the far end of its chain), or null for the outlet's own voice. */
export function originOf(outlet: OutletRef, chain: readonly ChainLink[]): ChainLink[] {
  const levels = chainLevels(outlet, chain);
  return levels[levels.length - 1] ?? [];
}

export type CoverageMark = { citationId: string; stance: Stance; articleId: string; title: string };
export type CoverageColumn = { date: DateValue };
export type CoverageRow = {
  outlet: OutletRef;
  supports: number;
  denies: number;
  /** Aligned with the matrix's columns; empty where the outlet did not carry the claim that day. */
  cells: CoverageMark[][];
};
export type CoverageMatrixData = { columns: CoverageColumn[]; rows: CoverageRow[] };

/** Outlets × article dates: who carried the claim on which date, and which way. */
export function coverageMatrix(citations: readonly CitationInstance[]): CoverageMatrixData {
  const dates = new Map<string, DateValue>();
  for (const c of citations) {
    const p = c.article.published;
    if (!dates.has(p.date)) dates.set(p.date, { date: p.date, precision: p.precision });
  }
  const columns = [...dates.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((date) => ({ date }));
  const index = new Map(columns.map((c, i) => [c.date.date, i]));
  const rows = new Map<string, CoverageRow & { first: number }>();
  for (const c of citations) {
    const col = index.get(c.article.published.date)!;
    let row = rows.get(c.article.outlet.id);
    if (!row) {
      row = { outlet: c.article.outlet, supports: 0, denies: 0, cells: columns.map(() => []), first: col };
      rows.set(c.article.outlet.id, row);
    }
    row.first = Math.min(row.first, col);
    if (c.stance === "denies") row.denies++;
    else row.supports++;
    row.cells[col]!.push({ citationId: c.id, stance: c.stance, articleId: c.articleId, title: c.article.title });
  }
  return {
    columns,
    rows: [...rows.values()]
      .sort((a, b) => a.first - b.first || a.outlet.name.localeCompare(b.outlet.name))
      .map(({ first: _first, ...r }) => r),
  };
}

export type FirstSeen = { citation: CitationInstance; sameDay: OutletRef[] };

/** The earliest article that carries the claim (either stance), and other outlets with it the same day. */
export function firstSeen(citations: readonly CitationInstance[]): FirstSeen | null {
  const sorted = [...citations].sort((a, b) =>
    a.article.published.date < b.article.published.date ? -1 : a.article.published.date > b.article.published.date ? 1 : 0,
  );
  const first = sorted[0];
  if (!first) return null;
  const sameDay = new Map<string, OutletRef>();
  for (const c of sorted) {
    if (c.article.published.date !== first.article.published.date || c.article.outlet.id === first.article.outlet.id) continue;
    sameDay.set(c.article.outlet.id, c.article.outlet);
  }
  return { citation: first, sameDay: [...sameDay.values()] };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "1 citation denies", "2 citations deny". */
const cited = (n: number, verb: "support" | "deny" | "report") =>
  `${plural(n, "citation")} ${n === 1 ? { support: "supports", deny: "denies", report: "reports" }[verb] : verb}`;

/**
 * The status in one line, with the rule of src/domain/resolution/claim-status.ts
 * that produced it and the counts that met (or missed) each condition.
 */
export function explainStatus(
  kind: ClaimKind,
  status: ClaimStatus,
  citations: readonly Pick<CitationInstance, "id" | "stance" | "value" | "asOf" | "article">[],
  chains: Record<string, ChainLink[]>,
): string {
  const supports = citations.filter((c) => c.stance === "supports");
  const denies = citations.filter((c) => c.stance === "denies");
  if (kind === "figure") {
    const values = supports.filter((c) => c.value !== null);
    switch (status) {
      case "denied":
        return `Denied: ${cited(denies.length, "deny")} the figure and no article reports a value for it.`;
      case "disputed": {
        if (denies.length > 0) return `Disputed: ${cited(values.length, "report")} a value and ${cited(denies.length, "deny")} it.`;
        const byDate = new Map<string, Set<number>>();
        for (const c of values) byDate.set(c.asOf?.date ?? "", (byDate.get(c.asOf?.date ?? "") ?? new Set()).add(c.value!));
        const clash = [...byDate.entries()].find(([, v]) => v.size > 1);
        const when = clash?.[0] ? ` as of ${clash[0]}` : "";
        return `Disputed: outlets give different values for the same date${clash ? `${when} (${joinNames([...clash[1]].sort((a, b) => a - b).map(String))})` : ""}. A figure is never marked confirmed.`;
      }
      default:
        return values.length === 0
          ? "Reported: no article gives a value yet. A figure is never marked confirmed."
          : `Reported: ${plural(values.length, "value")} from ${plural(new Set(values.map((c) => c.article.outlet.id)).size, "outlet")}, no two for the same date differ and nobody denies them — a tally that changes over time. A figure is never marked confirmed: Tideline does not pick the right number.`;
    }
  }
  switch (status) {
    case "denied":
      return `Denied: ${cited(denies.length, "deny")} it and none reports it as true.`;
    case "disputed":
      return `Disputed: ${cited(supports.length, "support")} it and ${cited(denies.length, "deny")} it.`;
    case "confirmed": {
      const outlets = new Set(supports.map((c) => c.article.outlet.id)).size;
      return `Confirmed: nobody denies it, a named party supports it on the record, and ${plural(outlets, "outlet")} carry it.`;
    }
    default: {
      if (citations.length === 0) return "Reported: no article cites it yet.";
      const named = supports.some((c) => {
        const chain = chains[c.id] ?? [];
        const top = Math.max(-1, ...chain.map((l) => l.level));
        return chain.some((l) => l.level === top && l.kind === "named");
      });
      const outlets = new Set(supports.map((c) => c.article.outlet.id)).size;
      const missing = [
        ...(named ? [] : ["no named party supports it on the record (only unnamed sources or the outlets themselves)"]),
        ...(outlets >= 2 ? [] : [`only ${plural(outlets, "outlet")} carries it`]),
      ];
      return `Reported, not confirmed: ${missing.length ? joinNames(missing) : "the confirmation rule is not met"}. Confirmation needs no denial, a named party on the record and two outlets.`;
    }
  }
}

/** Citations side by side by stance: "Asserted" | "Denied". */
export function byStance<T extends { stance: Stance }>(citations: readonly T[]): { asserted: T[]; denied: T[] } {
  return { asserted: citations.filter((c) => c.stance === "supports"), denied: citations.filter((c) => c.stance === "denies") };
}
