import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runEvaluation } from "../../src/domain/evaluation/run-eval";
import type { Headline } from "../../src/domain/evaluation/score";

const root = path.resolve(import.meta.dirname, "../..");

const FloorsSchema = z.object({
  quotesF1: z.number(),
  speakerAccuracy: z.number(),
  mentionLinkingF1: z.number(),
  figuresF1: z.number(),
  dateDetectionF1: z.number(),
  dateResolution: z.number(),
});

/** Gold-file validity is checked, always, in gold-files.test.ts. */
describe.skipIf(process.env.EVAL_FLOORS === "off")("extraction quality floors (tests/gold/floors.json)", () => {
  const floors = FloorsSchema.parse(JSON.parse(readFileSync(path.join(root, "tests/gold/floors.json"), "utf8")));
  const result = runEvaluation(root);

  it("the extractor runs on every gold article without throwing", () => {
    expect(result.errors.map((e) => e.article)).toEqual([]);
  });

  for (const key of Object.keys(floors) as (keyof Headline)[]) {
    it(`${key} >= ${floors[key]}`, () => {
      expect(result.headline[key]).toBeGreaterThanOrEqual(floors[key]);
    });
  }
});
