import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "../../../db/queries/articles";
import { EmptyState, PageHeader } from "../../../ui/Layout";
import { articleHref } from "../../../ui/links";
import { PublishedDate } from "../../../ui/PublishedDate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const articles = await listArticles();
  return (
    <>
      <PageHeader title="Articles" lede="Every source article, newest first. Publication dates show how they are known: printed in the article, inferred from it, or supplied at ingest." />
      {articles.length === 0 ? (
        <EmptyState title="No articles yet">
          Run <code className="rounded bg-white dark:bg-slate-900 px-1">npm run ingest -- seeds</code>.
        </EmptyState>
      ) : (
        <ol className="divide-y divide-slate-200 dark:divide-slate-800 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900">
          {articles.map((a) => (
            <li key={a.id} className="p-3 sm:p-4" data-testid="article-row">
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600 dark:text-slate-400">
                <span className="font-semibold text-slate-900 dark:text-slate-100">{a.outlet.name}</span>
                <span aria-hidden="true">·</span>
                <PublishedDate article={a} />
                {a.byline ? <span>· {a.byline}</span> : null}
              </div>
              <h2 className="mt-1 font-serif text-lg font-semibold leading-snug">
                <Link href={articleHref(a.id)} className="text-slate-950 dark:text-slate-50 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                  {a.title}
                </Link>
              </h2>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {a.counts.statements} quotes · {a.counts.mentions} mentions · {a.counts.figures} figures · {a.counts.citations} citations · {a.counts.events} event reports ·{" "}
                {Math.round(a.length / 100) / 10}k characters
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
