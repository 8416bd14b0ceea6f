import type { Metadata } from "next";
import Link from "next/link";
import { listQuotes } from "../../../db/queries/quotes";
import { ActorLink } from "../../../ui/ActorLink";
import { Badge } from "../../../ui/Badge";
import { DateLabel } from "../../../ui/DateLabel";
import { EmptyState, PageHeader } from "../../../ui/Layout";
import { quoteHref, spanHref } from "../../../ui/links";
import { renderingsOf, wordingDiffers } from "../../../ui/word-diff";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quotes" };

/** A quote split over paragraphs is one rendering per article: link its first passage. */
function firstPerArticle<T extends { articleId: string }>(statements: T[]): { statement: T; parts: number }[] {
  const byArticle = new Map<string, { statement: T; parts: number }>();
  for (const s of statements) {
    const hit = byArticle.get(s.articleId);
    if (hit) hit.parts += 1;
    else byArticle.set(s.articleId, { statement: s, parts: 1 });
  }
  return [...byArticle.values()];
}

export default async function QuotesPage() {
  const quotes = await listQuotes();
  return (
    <>
      <PageHeader title="Quotes" lede="What was said, by whom, and how each outlet rendered it. Quotes carried by more than one outlet come first." />
      {quotes.length === 0 ? (
        <EmptyState title="No quotes yet" />
      ) : (
        <ol className="space-y-3">
          {quotes.map((q) => {
            const first = q.statements[0];
            return (
              <li key={q.id} className="rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4" data-testid="quote-row">
                <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
                  {q.speaker ? <ActorLink actor={q.speaker} /> : <span>{first?.speakerAsWritten ?? "Speaker not identified"}</span>}
                  {q.firstSaid ? (
                    <span>
                      · said <DateLabel value={q.firstSaid} />
                    </span>
                  ) : null}
                  <Badge tone={q.outletCount > 1 ? "teal" : "neutral"} title="How many outlets carried this quote">
                    {q.outletCount} outlet{q.outletCount === 1 ? "" : "s"}
                  </Badge>
                  {renderingsOf(q.statements).length > 1 ? (
                    wordingDiffers(q.statements) ? (
                      <Badge tone="amber" title="The outlets' wordings differ: see them compared on the quote's page">
                        wording differs
                      </Badge>
                    ) : (
                      <Badge tone="emerald" title="Every outlet printed the same words">
                        same wording
                      </Badge>
                    )
                  ) : null}
                </div>
                {first ? (
                  <blockquote className="font-serif text-lg leading-relaxed text-slate-900 dark:text-slate-100">
                    <Link href={quoteHref(q.id)} className="hover:underline">
                      {first.excerpt}
                    </Link>
                  </blockquote>
                ) : null}
                <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                  In:{" "}
                  {firstPerArticle(q.statements).map(({ statement: s, parts }, i) => (
                    <span key={s.id}>
                      {i > 0 ? ", " : null}
                      <Link href={spanHref(s)} className="underline underline-offset-2">
                        {s.article.outlet.name}
                      </Link>
                      {parts > 1 ? ` (${parts} passages)` : null}
                    </span>
                  ))}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
