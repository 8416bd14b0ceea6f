import type { ActorRegistry } from "./actor-registry";
import { extractActors } from "./actors";
import { extractDates } from "./dates";
import { extractFigures } from "./figures";
import { attachSpeakers, extractQuotes } from "./quotes";
import { segment } from "./segment";
import type { ArticleDate, ArticleExtraction } from "./types";

/**
 * Run every extraction step over one normalized article. Pure: no I/O, so the
 * CLI, the ingest pipeline, the evaluation and the benchmark all share it.
 * Order matters: quotes need actor mentions to find speakers and dates to
 * date what was said; figures need dates for their "as of".
 */
export function extractArticle(text: string, options: { published: ArticleDate; registry: ActorRegistry; outlet?: string }): ArticleExtraction {
  const segmentation = segment(text);
  const dates = extractDates(text, segmentation, options.published);
  // The outlet lets the paper's short name for itself ("told the Herald") be the outlet.
  const actors = extractActors(text, segmentation, options.registry, options.outlet ? { outlet: options.outlet } : {});
  const quotes = attachSpeakers(extractQuotes(text, segmentation, actors, dates), actors);
  const figures = extractFigures(text, segmentation, dates, options.published);
  return { segmentation, quotes, actors, dates, figures };
}
