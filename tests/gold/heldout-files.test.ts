import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateGold } from "../../src/domain/evaluation/gold-schema";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";
import { buildGold } from "./tools/build-gold";
import type { ArticleLabels } from "./tools/label-spec";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Every held-out set (written and labelled blind, docs/decisions/006) with the
 * number of articles it was frozen with: each set is valid and rebuilt exactly
 * from its label files. Scored only by `npm run eval -- --set NAME`.
 */
const SETS = { heldout: 5, heldout2: 6, heldout3: 8, heldout4: 8, heldout5: 13, heldout6: 6, heldout7: 8, heldout8: 8, heldout9: 8, heldout10: 8, heldout11: 8, heldout12: 8, heldout13: 8 } as const;

describe.each(Object.entries(SETS))("held-out gold files (%s)", (set, count) => {
  it(`each ${set}/labels/*.ts rebuilds exactly its ${set}/<id>.json, and every span slices`, async () => {
    const dir = path.join(root, "tests/gold", set);
    const files = readdirSync(path.join(dir, "labels")).filter((n) => n.endsWith(".ts"));
    expect(files.length).toBe(count);
    for (const f of files) {
      const labels = ((await import(path.join(dir, "labels", f))) as { default: ArticleLabels }).default;
      const written = readFileSync(path.join(dir, `${labels.id}.json`), "utf8");
      expect(JSON.stringify(buildGold(labels), null, 1) + "\n", `${labels.id}: rerun npx tsx tests/gold/tools/build-set.ts ${set}`).toBe(written);
      const text = normalizeText(readFileSync(path.join(root, labels.file), "utf8"));
      expect(validateGold(JSON.parse(written), text)).toEqual([]);
    }
  });
});
