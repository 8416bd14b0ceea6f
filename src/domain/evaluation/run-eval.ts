import path from "node:path";
import { createRegistry, type ActorRegistry } from "../extraction/actor-registry";
import { extractArticle } from "../extraction/extract-article";
import { loadCuratedActors } from "../ingestion/curated-actors";
import { parsePublicationDate } from "../ingestion/publication-date";
import { loadCanonicalNames, loadGoldCases } from "./gold-files";
import { createNameMatcher } from "./names";
import { headline, predictionFromExtraction, scoreArticle, sumScores, type ArticleScore, type Headline, type Prediction } from "./score";

/** `npm run eval` and tests/gold/eval-floors.test.ts both call this, so they measure exactly the same thing. */
export type EvalResult = { articles: ArticleScore[]; overall: ArticleScore; headline: Headline; errors: { article: string; error: string }[] };

/** Run the extractor over every gold article and score it. An extractor crash scores that article as empty and is reported. */
export function runEvaluation(root: string, registry?: ActorRegistry): EvalResult {
  const reg = registry ?? createRegistry(loadCuratedActors(path.join(root, "seeds", "actors.json")));
  const sameActor = createNameMatcher(loadCanonicalNames(root));
  const errors: { article: string; error: string }[] = [];
  const articles = loadGoldCases(root).map(({ id, gold, text }) => {
    let pred: Prediction = { quotes: [], mentions: [], figures: [], dates: [] };
    try {
      pred = predictionFromExtraction(extractArticle(text, { published: parsePublicationDate(gold.article.published), registry: reg, outlet: gold.article.outlet }));
    } catch (e) {
      errors.push({ article: id, error: (e as Error).stack ?? String(e) });
    }
    return scoreArticle(id, text, gold, pred, sameActor);
  });
  const overall = sumScores(articles);
  return { articles, overall, headline: headline(overall), errors };
}
