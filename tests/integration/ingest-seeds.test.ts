import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest, type IngestSummary } from "../../src/db/ingest/run-ingest";
import { collectInputs } from "../../src/domain/ingestion/collect-inputs";
import { loadIngestContext } from "../../src/domain/ingestion/load-context";
import { findSpanViolations, snapshotIds } from "../support/provenance";
import { freshDatabase, type TestDatabase } from "../support/test-database";

const ctx = loadIngestContext();

describe("ingesting the seed articles", () => {
  let db: TestDatabase;
  let first: IngestSummary;

  beforeAll(async () => {
    db = await freshDatabase();
    first = await runIngest(db, collectInputs(["seeds"]), ctx);
  });
  afterAll(async () => db?.dispose());

  it("stores all five articles with their outlets and dates as the manifest says", async () => {
    expect(first.failed, JSON.stringify(first.lines)).toBe(0);
    expect(first.created).toBe(5);
    const articles = await db.prisma.article.findMany({ include: { outlet: true }, orderBy: { sourceKey: "asc" } });
    expect(articles.map((a) => [a.outlet.name, a.publishedDate, a.publishedPrecision, a.publishedBasis])).toEqual([
      ["Al Jazeera", "2025-11-13", "day", "stated"],
      ["WLRN", "2025-08-08", "day", "inferred"],
      ["Caliber.Az", "2025-08", "month", "inferred"],
      ["NBC News", "2025-11-12", "day", "inferred"],
      ["The Wall Street Journal", "2025-11-15", "day", "stated"],
    ]);
    const aj = articles[0]!;
    expect(aj.text.slice(aj.publishedEvidenceStart!, aj.publishedEvidenceEnd!)).toBe("Published On 13 Nov 2025");
  });

  it("keeps every span an exact slice of its stored article", async () => {
    const { checked, violations } = await findSpanViolations(db);
    expect(violations).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it("places strikes in their theatres, and an event reported by two outlets in the theatre either names", async () => {
    const events = await db.prisma.event.findMany({ select: { kind: true, region: true, sources: { select: { articleId: true } } } });
    const strikes = events.filter((e) => e.kind === "strike");
    expect(strikes.length).toBeGreaterThan(0);
    // Each seed names the strikes' seas ("in the Caribbean and the Pacific"), so a campaign-wide report gets both.
    for (const s of strikes) expect(s.region).toBe("Caribbean and eastern Pacific");
    // Petro's order: NBC ties it to the Caribbean, the WSJ names no sea; the merged event keeps the Caribbean.
    const merged = events.filter((e) => e.kind === "diplomatic" && new Set(e.sources.map((x) => x.articleId)).size > 1);
    expect(merged.map((e) => e.region)).toEqual(["Caribbean"]);
    // History is never placed in a theatre.
    expect(events.filter((e) => e.kind === "historical" && e.region)).toEqual([]);
  });

  it("changes nothing when the same articles are ingested again", async () => {
    const before = await snapshotIds(db);
    const again = await runIngest(db, collectInputs(["seeds"]), ctx);
    expect(again.unchanged).toBe(5);
    expect(await snapshotIds(db)).toEqual(before);
  });

  it("re-extracting unchanged text reproduces the same per-article row ids", async () => {
    // Groups (quotes, events) may regroup when an article is re-read with more of the story known; what one article says may not.
    const perArticle = ({ quotes: _q, events: _e, ...rest }: Record<string, string[]>) => rest;
    const before = perArticle(await snapshotIds(db));
    const forced = await runIngest(db, collectInputs(["seeds"]), { ...ctx, force: true });
    expect(forced.replaced).toBe(5);
    expect(perArticle(await snapshotIds(db))).toEqual(before);
    expect((await findSpanViolations(db)).violations).toEqual([]);
  });

  it("replaces a changed article's derived rows and keeps the others", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tideline-changed-"));
    cpSync("seeds", dir, { recursive: true });
    const file = path.join(dir, "003_924fed60a36fb776.txt");
    const original = readFileSync(file, "utf8");
    // Drop the closing paragraphs (the manifest's date evidence is near the top and stays).
    writeFileSync(file, original.split("\n").slice(0, -8).join("\n"), { mode: 0o644 });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { sourceKey: "003_924fed60a36fb776" } });
    const othersBefore = await db.prisma.mention.count({ where: { articleId: { not: article.id } } });

    const summary = await runIngest(db, collectInputs([dir]), ctx);
    expect(summary.replaced).toBe(1);
    expect(summary.unchanged).toBe(4);
    const after = await db.prisma.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.text.length).toBeLessThan(article.text.length);
    expect(await db.prisma.mention.count({ where: { articleId: { not: article.id } } })).toBe(othersBefore);
    expect((await findSpanViolations(db)).violations).toEqual([]);
  });
});
