import Link from "next/link";
import type { CitationInstance, ClaimRef } from "../db/queries/types";
import { ActorLink } from "./ActorLink";
import { StanceBadge } from "./Badge";
import { DateLabel } from "./DateLabel";
import { Excerpt } from "./Excerpt";
import { claimHref, spanHref } from "./links";
import { SourceLine } from "./PublishedDate";

/** One outlet citing a claim: where, how (stance), on whose word, and the words themselves. */
export function CitationCard({ citation: c, claim }: { citation: CitationInstance; claim?: Pick<ClaimRef, "id" | "proposition"> }) {
  return (
    <article className="space-y-2 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4" data-testid="citation">
      {claim ? (
        <h3 className="font-serif text-base leading-snug">
          <Link href={claimHref(claim.id)} className="text-slate-950 dark:text-slate-50 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
            {claim.proposition}
          </Link>
        </h3>
      ) : null}
      <div className="flex items-start gap-2">
        <StanceBadge stance={c.stance} />
        <div className="min-w-0 flex-1">
          <SourceLine article={c.article} showTitle />
        </div>
      </div>
      <Excerpt span={c} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">Attributed to</dt>
        <dd className="text-slate-800 dark:text-slate-200">
          {c.attributedTo ? <ActorLink actor={c.attributedTo} /> : null}
          {c.attributionSpan ? (
            <>
              {c.attributedTo ? " — " : null}
              <Link href={spanHref(c.attributionSpan)} className="italic underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2">
                “{c.attributionSpan.excerpt}”
              </Link>
            </>
          ) : c.attributionText ? (
            <>
              {c.attributedTo ? " — " : null}
              <span className="italic">{c.attributionText}</span>
            </>
          ) : null}
          {!c.attributedTo && !c.attributionText && !c.attributionSpan ? <span className="text-slate-500 dark:text-slate-400">the outlet itself</span> : null}
        </dd>
        {c.sources.length > 0 ? (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Source chain</dt>
            <dd>
              <ol className="flex flex-wrap gap-x-1 text-slate-800 dark:text-slate-200">
                {c.sources.map((s, i) => (
                  <li key={`${s.name}-${i}`}>
                    {i > 0 ? <span aria-hidden="true" className="text-slate-400 dark:text-slate-600">← </span> : null}
                    {s.actorId ? (
                      <Link href={`/actors/${encodeURIComponent(s.actorId)}`} className="underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2">
                        {s.name}
                      </Link>
                    ) : (
                      s.name
                    )}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {c.value !== null ? (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Value</dt>
            <dd className="tabular-nums">
              {c.qualifier ? `${c.qualifier} ` : ""}
              <strong>{c.value.toLocaleString("en-US")}</strong>
              {c.asOf ? (
                <>
                  {" "}
                  as of <DateLabel value={c.asOf} />
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
