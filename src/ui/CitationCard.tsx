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
    <article className="space-y-2 rounded-md border border-slate-200 bg-white p-4" data-testid="citation">
      {claim ? (
        <h3 className="font-serif text-base leading-snug">
          <Link href={claimHref(claim.id)} className="text-slate-950 underline decoration-slate-300 underline-offset-2 hover:decoration-teal-700">
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
        <dt className="text-slate-500">Attributed to</dt>
        <dd className="text-slate-800">
          {c.attributedTo ? <ActorLink actor={c.attributedTo} /> : null}
          {c.attributionSpan ? (
            <>
              {c.attributedTo ? " — " : null}
              <Link href={spanHref(c.attributionSpan)} className="italic underline decoration-slate-300 underline-offset-2">
                “{c.attributionSpan.excerpt}”
              </Link>
            </>
          ) : c.attributionText ? (
            <>
              {c.attributedTo ? " — " : null}
              <span className="italic">{c.attributionText}</span>
            </>
          ) : null}
          {!c.attributedTo && !c.attributionText && !c.attributionSpan ? <span className="text-slate-500">the outlet itself</span> : null}
        </dd>
        {c.sources.length > 0 ? (
          <>
            <dt className="text-slate-500">Source chain</dt>
            <dd>
              <ol className="flex flex-wrap gap-x-1 text-slate-800">
                {c.sources.map((s, i) => (
                  <li key={`${s.name}-${i}`}>
                    {i > 0 ? <span aria-hidden="true" className="text-slate-400">← </span> : null}
                    {s.actorId ? (
                      <Link href={`/actors/${encodeURIComponent(s.actorId)}`} className="underline decoration-slate-300 underline-offset-2">
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
            <dt className="text-slate-500">Value</dt>
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
