import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateGold } from "../../../src/domain/evaluation/gold-schema";
import { normalizeText } from "../../../src/domain/ingestion/normalize-text";
import { buildGold } from "../tools/build-gold";
import type { ArticleLabels } from "../tools/label-spec";

const root = path.resolve(import.meta.dirname, "../../..");
const dir = path.join(root, "tests/gold/heldout6");

/** The sixth blind held-out set: valid, and rebuilt exactly from its label files. Scored only by `npm run eval -- --set heldout6`. */
describe("sixth held-out gold files (heldout6)", () => {
  it("each heldout6/labels/*.ts rebuilds exactly its heldout6/<id>.json, and every span slices", async () => {
    const files = readdirSync(path.join(dir, "labels")).filter((n) => n.endsWith(".ts"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const labels = ((await import(path.join(dir, "labels", f))) as { default: ArticleLabels }).default;
      const written = readFileSync(path.join(dir, `${labels.id}.json`), "utf8");
      expect(JSON.stringify(buildGold(labels), null, 1) + "\n", `${labels.id}: rerun npx tsx tests/gold/tools/build-set.ts heldout6`).toBe(written);
      const text = normalizeText(readFileSync(path.join(root, labels.file), "utf8"));
      expect(validateGold(JSON.parse(written), text)).toEqual([]);
    }
  });
});
