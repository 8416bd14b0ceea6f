import type { ActorRegistry } from "./actor-registry";
import { extractActors } from "./actors";
import { extractDates } from "./dates";
import { extractFigures } from "./figures";
import { extractQuotes } from "./quotes";
import { segment } from "./segment";
import type { ArticleDate, ArticleExtraction, ExtractedActor, ExtractedQuote, Span } from "./types";

/**
 * Run every extraction step over one normalized article. Pure: no I/O, so the
 * CLI, the ingest pipeline, the evaluation and the benchmark all share it.
 * Order matters: quotes need actor mentions to find speakers and dates to
 * date what was said; figures need dates for their "as of".
 */
export function extractArticle(text: string, options: { published: ArticleDate; registry: ActorRegistry }): ArticleExtraction {
  const segmentation = segment(text);
  const dates = extractDates(text, segmentation, options.published);
  const actors = extractActors(text, segmentation, options.registry);
  const quotes = attachSpeakers(extractQuotes(text, segmentation, actors, dates), actors);
  const figures = extractFigures(text, segmentation, dates, options.published);
  return { segmentation, quotes, actors, dates, figures };
}

/** Tie each quote's speaker span to the actor whose mention lies inside it. */
function attachSpeakers(quotes: ExtractedQuote[], actors: readonly ExtractedActor[]): ExtractedQuote[] {
  return quotes.map((q) => {
    if (q.speakerKey || !q.speakerSpan) return q;
    const actor = actorAt(actors, q.speakerSpan);
    return actor ? { ...q, speakerKey: actor.key, speaker: actor.name } : q;
  });
}

function actorAt(actors: readonly ExtractedActor[], span: Span): ExtractedActor | undefined {
  let best: { actor: ExtractedActor; rank: number } | undefined;
  for (const actor of actors) {
    for (const m of actor.mentions) {
      if (m.start < span.end && m.end > span.start) {
        // A person named inside "a spokesman for Prime Minister X" outranks the institution.
        const rank = (actor.kind === "person" ? 2 : 1) * 1000 + (m.end - m.start);
        if (!best || rank > best.rank) best = { actor, rank };
      }
    }
  }
  return best?.actor;
}
