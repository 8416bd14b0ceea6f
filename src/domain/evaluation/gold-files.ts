import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { normalizeText } from "../ingestion/normalize-text";
import { CanonicalNamesSchema, GoldArticleSchema, validateGold, type GoldArticle } from "./gold-schema";

/**
 * Reading the gold set (tests/gold/*.json) and its article texts. Kept apart
 * from the extractor so the gold files can be validated while extraction code
 * is broken or being rewritten.
 */
export type GoldCase = { id: string; gold: GoldArticle; text: string; goldPath: string };

export function goldDir(root: string): string {
  return path.join(root, "tests", "gold");
}

/** Every tests/gold/*.json article, parsed, with its normalized text. Throws on an unreadable or invalid file. */
export function loadGoldCases(root: string): GoldCase[] {
  const dir = goldDir(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !["canonical-names.json", "floors.json"].includes(f))
    .sort()
    .map((f) => {
      const goldPath = path.join(dir, f);
      const raw: unknown = JSON.parse(readFileSync(goldPath, "utf8"));
      const gold = GoldArticleSchema.parse(raw);
      const text = normalizeText(readFileSync(path.join(root, gold.article.file), "utf8"));
      return { id: f.replace(/\.json$/, ""), gold, text, goldPath };
    });
}

/** Problems per gold file (schema, spans that do not slice their text); empty when all are valid. */
export function checkGoldFiles(root: string): { file: string; problems: string[] }[] {
  const dir = goldDir(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !["canonical-names.json", "floors.json"].includes(f))
    .sort()
    .map((f) => {
      try {
        const raw = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { article?: { file?: unknown } };
        const file = typeof raw.article?.file === "string" ? raw.article.file : "";
        const text = normalizeText(readFileSync(path.join(root, file), "utf8"));
        return { file: f, problems: validateGold(raw, text) };
      } catch (e) {
        return { file: f, problems: [(e as Error).message] };
      }
    });
}

export function loadCanonicalNames(root: string) {
  return CanonicalNamesSchema.parse(JSON.parse(readFileSync(path.join(goldDir(root), "canonical-names.json"), "utf8")));
}
