import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import type { ArticleExtraction } from "../../src/domain/extraction/types";
import { loadCuratedActors } from "../../src/domain/ingestion/curated-actors";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";

const registry = createRegistry(loadCuratedActors("seeds/actors.json"));
const seeds = readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => normalizeText(readFileSync(path.join("seeds", f), "utf8")));
const published = { date: "2025-11-13", precision: "day", approximate: false } as const;

/** Every span the extraction returns must be inside the text and slice to the words it claims. */
function assertSpansExact(text: string, x: ArticleExtraction): void {
  const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const q of x.quotes) {
    expect(inside(q)).toBe(true);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speakerSpan) {
      expect(inside(q.speakerSpan)).toBe(true);
      expect(text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speakerAsWritten);
    }
  }
  for (const a of x.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const d of x.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  for (const f of x.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
}

/** Article-like text: fragments of the seeds cut, spliced and sprinkled with noise. */
const mutatedArticle = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 8 }),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, [a, b, insert]) => {
      const i = a % (text.length + 1);
      const j = Math.min(text.length, i + (b % 40));
      return text.slice(0, i) + insert + text.slice(j);
    }, seed),
  );

const quoteSoup = fc
  .array(fc.constantFrom("“", "”", "\"", "‘", "’", "'", "«", "»", " said ", "Rubio", "\n", ". ", "—", "@X", "on Tuesday", "at least 7 people", " "), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

describe("the extractor on any input", () => {
  it("never throws on random UTF-8 text and keeps every span exact", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (raw) => {
        const text = normalizeText(raw);
        assertSpansExact(text, extractArticle(text, { published, registry }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated articles and unbalanced quotation marks", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedArticle, quoteSoup), (raw) => {
        const text = normalizeText(raw);
        assertSpansExact(text, extractArticle(text, { published, registry }));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every span exact on the seeds themselves", () => {
    for (const text of seeds) assertSpansExact(text, extractArticle(text, { published, registry }));
  });
});
