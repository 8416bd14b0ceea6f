import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/db/ingest/run-ingest";
import { searchDatabase } from "../../src/db/queries/search-core";
import { collectInputs } from "../../src/domain/ingestion/collect-inputs";
import { loadIngestContext } from "../../src/domain/ingestion/load-context";
import { freshDatabase, type TestDatabase } from "../support/test-database";

/** Migration add_search: generated tsvector columns with GIN indexes, and the search built on them. */
describe("full-text search", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await freshDatabase();
    const summary = await runIngest(db, collectInputs(["seeds"]), loadIngestContext());
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => db?.dispose());

  it("has the generated search columns and their GIN indexes", async () => {
    const columns = await db.prisma.$queryRaw<{ table_name: string; is_generated: string }[]>`
      SELECT table_name, is_generated FROM information_schema.columns WHERE column_name = 'searchVector' ORDER BY table_name`;
    expect(columns.map((c) => [c.table_name, c.is_generated])).toEqual([
      ["Actor", "ALWAYS"],
      ["ActorAlias", "ALWAYS"],
      ["Article", "ALWAYS"],
      ["Claim", "ALWAYS"],
      ["Statement", "ALWAYS"],
    ]);
    const indexes = await db.prisma.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%searchVector%' ORDER BY indexname`;
    expect(indexes).toHaveLength(5);
    for (const i of indexes) expect(i.indexdef).toMatch(/USING gin/);
    const [filled] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Article" WHERE "searchVector" IS NOT NULL`;
    expect(filled?.n).toBe(5);
  });

  it(`finds Jean-Noël Barrot from "Barrot", and the article spelling him "Barrault"`, async () => {
    const r = await searchDatabase(db.prisma, "Barrot");
    expect(r.actors[0]).toMatchObject({ id: "jean-noel-barrot", match: "exact" });
    const name = r.actors[0]!.name;
    expect(name.marks.map((m) => name.text.slice(m.start, m.end))).toEqual(["Barrot"]);
    const marked = r.articles.flatMap((a) => a.marks.map((m) => a.excerpt.excerpt.slice(m.start, m.end)));
    expect(marked.some((w) => w.includes("Barrault"))).toBe(true);
    expect((await searchDatabase(db.prisma, "Barrault")).actors[0]?.id).toBe("jean-noel-barrot");
  });

  it("lists near spellings only when they clear the bar, labelled, after exact and prefix hits", async () => {
    // "Barr" is another man, "Pete" another name: neither is a garble of the query.
    const barrot = await searchDatabase(db.prisma, "Barrot");
    expect(barrot.actors.map((a) => a.id)).not.toContain("william-p-barr");
    const petro = await searchDatabase(db.prisma, "Petro");
    expect(petro.actors[0]).toMatchObject({ id: "gustavo-petro", match: "exact" });
    expect(petro.actors.map((a) => a.id)).not.toContain("pete-hegseth");
    // Typing the start of a name lists it after the exact one.
    const barr = await searchDatabase(db.prisma, "Barr");
    expect(barr.actors.map((a) => [a.id, a.match])).toEqual([
      ["william-p-barr", "exact"],
      ["jean-noel-barrot", "prefix"],
    ]);
    // A garble the registry does not know is a near spelling: "Barrot" written as "Barrault" in a new actor.
    await db.prisma.actor.create({ data: { id: "test-barrault", name: "Pierre Barrault", kind: "person", curated: false } });
    try {
      const r = await searchDatabase(db.prisma, "Barrot");
      expect(r.actors[0]?.id).toBe("jean-noel-barrot");
      const garble = r.actors.find((a) => a.id === "test-barrault");
      expect(garble?.match).toBe("similar");
      expect(garble!.name.marks.map((m) => garble!.name.text.slice(m.start, m.end))).toEqual(["Barrault"]);
    } finally {
      await db.prisma.actor.delete({ where: { id: "test-barrault" } });
    }
  });

  it("finds a quote by a word in any form and marks it in the exact excerpt", async () => {
    const r = await searchDatabase(db.prisma, "determines");
    expect(r.terms).toEqual(["determin"]);
    const hit = r.quotes.find((q) => q.statement.excerpt.includes("European Union"));
    expect(hit, "Rubio's European Union remark").toBeTruthy();
    expect(hit!.marks.map((m) => hit!.statement.excerpt.slice(m.start, m.end))).toContain("determine");
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: hit!.statement.articleId } });
    expect(article.text.slice(hit!.statement.start, hit!.statement.end)).toBe(hit!.statement.excerpt);
  });

  it("keeps every article excerpt an exact slice, and handles phrases, exclusions and stop words", async () => {
    const r = await searchDatabase(db.prisma, `"international law" -Barrot`);
    expect(r.articles.length).toBeGreaterThan(0);
    for (const a of r.articles) {
      const article = await db.prisma.article.findUniqueOrThrow({ where: { id: a.article.id } });
      expect(article.text.slice(a.excerpt.start, a.excerpt.end)).toBe(a.excerpt.excerpt);
      expect(article.text).not.toMatch(/\bBarrot\b/);
    }
    expect(r.terms).toEqual(["intern", "law"]);
    expect(r.claims.length + r.quotes.length).toBeGreaterThan(0);
    const none = await searchDatabase(db.prisma, "the");
    expect(none.total).toBe(0);
    // Quotes and SQL in the query are only ever parameters.
    await expect(searchDatabase(db.prisma, `'); DROP TABLE "Article"; --`)).resolves.toBeTruthy();
    expect(await db.prisma.article.count()).toBe(5);
  });
});
