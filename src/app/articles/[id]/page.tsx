import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle } from "../../../db/queries/articles";
import { IdSchema } from "../../../db/queries/params";
import { ActorLink } from "../../../ui/ActorLink";
import { StanceBadge } from "../../../ui/Badge";
import { DateLabel } from "../../../ui/DateLabel";
import { HighlightedText } from "../../../ui/HighlightedText";
import { LayerLegend } from "../../../ui/reader/LayerLegend";
import { shownLayers } from "../../../ui/reader/layers";
import { Section } from "../../../ui/Layout";
import { claimHref, quoteHref, spanHref } from "../../../ui/links";
import { PublishedDate } from "../../../ui/PublishedDate";
import { TargetHighlight } from "../../../ui/TargetHighlight";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function find(params: Props["params"]) {
  const id = IdSchema.safeParse((await params).id);
  return id.success ? getArticle(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await find(params);
  return { title: a?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const a = await find(params);
  if (!a) notFound();
  const shown = shownLayers(await searchParams);
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <article aria-labelledby="article-title">
        <header className="mb-5 border-b border-slate-200 dark:border-slate-800 pb-4">
          <p className="text-sm font-semibold uppercase tracking-wide text-teal-800 dark:text-teal-200">{a.outlet.name}</p>
          <h1 id="article-title" className="mt-1 font-serif text-3xl font-bold leading-tight text-slate-950 dark:text-slate-50">
            {a.title}
          </h1>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
            {a.byline ? (
              <>
                <dt className="text-slate-500 dark:text-slate-400">By</dt>
                <dd>{a.byline}</dd>
              </>
            ) : null}
            <dt className="text-slate-500 dark:text-slate-400">Published</dt>
            <dd>
              <PublishedDate article={a} detailed />
            </dd>
            {a.url ? (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Original</dt>
                <dd className="truncate">
                  <a href={a.url} className="text-teal-800 dark:text-teal-200 underline underline-offset-2" rel="noreferrer">
                    {a.url}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </header>
        <div className="group/reader">
          <LayerLegend highlights={a.highlights} shown={shown} />
          <HighlightedText text={a.text} highlights={a.highlights} />
        </div>
        <TargetHighlight />
      </article>

      <aside aria-label="In this article" className="space-y-2 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
        <Section title={`Actors (${a.actors.length})`} id="a-actors">
          {a.actors.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">None linked.</p>
          ) : (
            <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {a.actors.map((x) => (
                <li key={x.id}>
                  <ActorLink actor={x} /> <span className="text-xs text-slate-500 dark:text-slate-400">×{x.mentions}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={`Quotes (${a.statements.length})`} id="a-quotes">
          {a.statements.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">None found.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {a.statements.map((s) => (
                <li key={s.id}>
                  <Link href={spanHref(s)} className="line-clamp-2 text-slate-800 dark:text-slate-200 hover:underline">
                    “{s.excerpt}”
                  </Link>
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    {s.speaker ? s.speaker.name : (s.speakerAsWritten ?? "unattributed")}
                    {s.said ? (
                      <>
                        , <DateLabel value={s.said} />
                      </>
                    ) : null}{" "}
                    ·{" "}
                    <Link href={quoteHref(s.quoteId)} className="text-teal-800 dark:text-teal-200 underline">
                      all outlets
                    </Link>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Section>
        <Section title={`Claims cited (${a.citations.length})`} id="a-claims">
          {a.citations.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">None matched.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {a.citations.map((c) => (
                <li key={c.id}>
                  <StanceBadge stance={c.stance} />{" "}
                  <Link href={claimHref(c.claim.id)} className="text-slate-800 dark:text-slate-200 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2">
                    {c.claim.proposition}
                  </Link>{" "}
                  <Link href={spanHref(c)} className="text-xs text-teal-800 dark:text-teal-200 underline">
                    where
                  </Link>
                </li>
              ))}
            </ol>
          )}
        </Section>
        <Section title={`Figures (${a.figures.length})`} id="a-figures">
          {a.figures.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">None found.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {a.figures.map((f) => (
                <li key={f.id}>
                  <Link href={spanHref(f)} className="hover:underline">
                    <span className="text-slate-600 dark:text-slate-400">{f.kind}: </span>
                    {f.qualifier ? `${f.qualifier} ` : ""}
                    <strong className="tabular-nums">{f.value.toLocaleString("en-US")}</strong>
                  </Link>{" "}
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    as of <DateLabel value={f.asOf} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <p className="text-xs text-slate-500 dark:text-slate-400">Source key: {a.sourceKey}</p>
      </aside>
    </div>
  );
}
