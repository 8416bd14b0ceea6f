import Link from "next/link";
import type { SpanRef } from "../db/queries/types";
import { spanHref } from "./links";

/**
 * Source words, verbatim, with a link to the exact spot in the article.
 * The text is the article's own characters: no trimming, no ellipses added.
 */
export function Excerpt({ span, className = "" }: { span: SpanRef; className?: string }) {
  return (
    <blockquote className={`border-l-2 border-slate-300 dark:border-slate-700 pl-3 text-[15px] leading-relaxed text-slate-800 dark:text-slate-200 ${className}`}>
      <span>{span.excerpt}</span>{" "}
      <Link href={spanHref(span)} className="whitespace-nowrap text-xs font-medium text-teal-700 dark:text-teal-300 underline-offset-2 hover:underline">
        in article<span aria-hidden="true"> →</span>
        <span className="sr-only"> (characters {span.start}–{span.end})</span>
      </Link>
    </blockquote>
  );
}
