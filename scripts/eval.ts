/**
 * Score the extractor against the hand-labelled gold articles (tests/gold/).
 *   npm run eval [-- --json]
 *   npm run eval -- --heldout [--json]   the blind held-out set (tests/gold/heldout/)
 *   npm run eval -- --set NAME [--json]  any gold set tests/gold/NAME/*.json (e.g. heldout2)
 * Always exits 0 when the evaluation ran: tests/gold/eval-floors.test.ts is
 * what fails on regressions.
 *
 * The held-out articles were written and labelled without looking at the
 * extractor: never tune extraction code on them, or they stop measuring anything.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRegistry } from "../src/domain/extraction/actor-registry";
import { extractArticle } from "../src/domain/extraction/extract-article";
import { loadCuratedActors } from "../src/domain/ingestion/curated-actors";
import { normalizeText } from "../src/domain/ingestion/normalize-text";
import { parsePublicationDate } from "../src/domain/ingestion/publication-date";
import { loadCanonicalNames } from "../src/domain/evaluation/gold-files";
import { GoldArticleSchema } from "../src/domain/evaluation/gold-schema";
import { createNameMatcher } from "../src/domain/evaluation/names";
import { formatReport } from "../src/domain/evaluation/report";
import { runEvaluation, type EvalResult } from "../src/domain/evaluation/run-eval";
import { headline, predictionFromExtraction, scoreArticle, sumScores, type Prediction } from "../src/domain/evaluation/score";

/** Same as runEvaluation, over tests/gold/<set>/*.json (built by tests/gold/tools/build-set.ts SET). */
function runHeldoutEvaluation(root: string, set = "heldout"): EvalResult {
  if (!/^[\w-]+$/.test(set)) throw new Error(`--set: bad set name ${JSON.stringify(set)}`);
  const dir = path.join(root, "tests", "gold", set);
  const registry = createRegistry(loadCuratedActors(path.join(root, "seeds", "actors.json")));
  const sameActor = createNameMatcher(loadCanonicalNames(root));
  const errors: EvalResult["errors"] = [];
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, "");
      const gold = GoldArticleSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8")));
      const text = normalizeText(readFileSync(path.join(root, gold.article.file), "utf8"));
      let pred: Prediction = { quotes: [], mentions: [], figures: [], dates: [] };
      try {
        pred = predictionFromExtraction(extractArticle(text, { published: parsePublicationDate(gold.article.published), registry, outlet: gold.article.outlet }));
      } catch (e) {
        errors.push({ article: id, error: (e as Error).stack ?? String(e) });
      }
      return scoreArticle(id, text, gold, pred, sameActor);
    });
  const overall = sumScores(articles);
  return { articles, overall, headline: headline(overall), errors };
}

function main(): number {
  const json = process.argv.includes("--json");
  const setAt = process.argv.indexOf("--set");
  const set = setAt >= 0 ? process.argv[setAt + 1] : process.argv.includes("--heldout") ? "heldout" : undefined;
  if (setAt >= 0 && !set) throw new Error("--set needs a name, e.g. --set heldout2");
  const result = set ? runHeldoutEvaluation(process.cwd(), set) : runEvaluation(process.cwd());
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    if (set === "heldout") process.stdout.write("HELD-OUT SET (tests/gold/heldout/, labelled blind; do not tune on it)\n");
    else if (set) process.stdout.write(`GOLD SET tests/gold/${set}/ (held-out sets are labelled blind; do not tune on them)\n`);
    process.stdout.write(formatReport(result) + "\n");
  }
  return 0;
}

process.exitCode = main();
