import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkGoldFiles, loadGoldCases } from "../../src/domain/evaluation/gold-files";

const root = path.resolve(import.meta.dirname, "../..");

describe("gold files", () => {
  it("every gold file passes the schema and every span slices its normalized text exactly", () => {
    const results = checkGoldFiles(root);
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(results.filter((r) => r.problems.length > 0)).toEqual([]);
  });

  it("labels every seed and at least three invented articles", () => {
    const cases = loadGoldCases(root);
    expect(cases.filter((c) => c.gold.article.file.startsWith("seeds/"))).toHaveLength(5);
    expect(cases.filter((c) => c.gold.article.invented).length).toBeGreaterThanOrEqual(3);
  });

  it("items of one kind never overlap one another", () => {
    for (const { id, gold } of loadGoldCases(root)) {
      for (const list of [gold.quotes, gold.mentions, gold.figures, gold.dates]) {
        const sorted = [...list].sort((a, b) => a.start - b.start);
        sorted.forEach((x, i) => {
          const next = sorted[i + 1];
          if (next) expect(x.end <= next.start, `${id}: "${x.text}" overlaps "${next.text}"`).toBe(true);
        });
      }
    }
  });
});

describe("gold JSON is built from the label files", () => {
  it("each tests/gold/labels/*.ts rebuilds exactly its tests/gold/<id>.json", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { buildGold } = await import("./tools/build-gold");
    const labelDir = path.join(root, "tests/gold/labels");
    for (const f of readdirSync(labelDir).filter((n) => n.endsWith(".ts"))) {
      const labels = ((await import(path.join(labelDir, f))) as { default: import("./tools/label-spec").ArticleLabels }).default;
      const written = readFileSync(path.join(root, "tests/gold", `${labels.id}.json`), "utf8");
      expect(JSON.stringify(buildGold(labels), null, 1) + "\n", `${labels.id}: rerun npx tsx tests/gold/tools/build-gold.ts`).toBe(written);
    }
  });
});
