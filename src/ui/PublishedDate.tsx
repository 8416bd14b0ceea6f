import Link from "next/link";
import type { ArticleRef } from "../db/queries/types";
import { Badge } from "./Badge";
import { DateLabel } from "./DateLabel";
import { spanHref } from "./links";

const BASIS: Record<ArticleRef["published"]["basis"], { label: string; tone: "emerald" | "amber" | "neutral"; help: string }> = {
  stated: { label: "stated", tone: "emerald", help: "The article prints this date." },
  inferred: { label: "inferred", tone: "amber", help: "Reasoned from the text; the article does not print it." },
  supplied: { label: "supplied", tone: "neutral", help: "Given at ingest; the text holds no evidence of it." },
};

/** The publication date with how it is known; `detailed` adds the note and the evidence words. */
export function PublishedDate({ article, detailed = false }: { article: ArticleRef; detailed?: boolean }) {
  const p = article.published;
  const basis = BASIS[p.basis];
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5 gap-y-1">
      <DateLabel value={p} />
      <Badge tone={basis.tone} title={basis.help}>
        {basis.label}
      </Badge>
      {detailed && p.note ? <span className="basis-full text-sm text-slate-600 dark:text-slate-400">{p.note}</span> : null}
      {detailed && p.evidence ? (
        <span className="basis-full text-sm text-slate-600 dark:text-slate-400">
          Evidence:{" "}
          <Link href={spanHref(p.evidence)} className="text-teal-800 dark:text-teal-200 underline decoration-teal-300 dark:decoration-teal-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
            “{p.evidence.excerpt}”
          </Link>
        </span>
      ) : null}
    </span>
  );
}

/** "Outlet · date (basis)" line that labels every quoted excerpt. */
export function SourceLine({ article, showTitle = false }: { article: ArticleRef; showTitle?: boolean }) {
  return (
    <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm text-slate-600 dark:text-slate-400">
      <span className="font-semibold text-slate-900 dark:text-slate-100">{article.outlet.name}</span>
      <span aria-hidden="true">·</span>
      <PublishedDate article={article} />
      {showTitle ? (
        <Link href={`/articles/${encodeURIComponent(article.id)}`} className="min-w-0 basis-full truncate text-slate-700 dark:text-slate-300 hover:underline">
          {article.title}
        </Link>
      ) : null}
    </div>
  );
}
