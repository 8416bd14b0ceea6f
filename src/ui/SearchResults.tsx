import Link from "next/link";
import type { SearchResults as Results } from "../db/queries/search";
import { Badge, KindBadge, StatusBadge } from "./Badge";
import { EmptyState, Section } from "./Layout";
import { actorHref, articleHref, claimHref, quoteHref, spanHref } from "./links";
import { Marked } from "./Marked";
import { PublishedDate, SourceLine } from "./PublishedDate";

// Only what the reader could not tell from the marked name gets a label: a near spelling, or a match outside the name.
const MATCH_LABEL = { exact: null, prefix: null, similar: "similar spelling", text: "role or description" } as const;

/** Search results grouped by type, matching words in <mark>; every excerpt is the article's own slice. */
export function SearchResults({ results: r }: { results: Results }) {
  if (r.total === 0) {
    return (
      <EmptyState title={`Nothing found for “${r.query}”`}>
        {r.terms.length === 0
          ? "The query holds only very common words (the, of, and…): try a name or a more specific word."
          : "Try fewer words, another spelling, or a name: names also match near spellings."}
      </EmptyState>
    );
  }
  return (
    <div data-testid="search-results">
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300" role="status">
        {r.total} result{r.total === 1 ? "" : "s"} for “{r.query}”: {r.actors.length} actor{r.actors.length === 1 ? "" : "s"}, {r.quotes.length} quote
        {r.quotes.length === 1 ? "" : "s"}, {r.claims.length} claim{r.claims.length === 1 ? "" : "s"}, {r.articles.length} article
        {r.articles.length === 1 ? "" : "s"}.
      </p>
      {r.actors.length > 0 ? (
        <Section title={`Actors (${r.actors.length})`} id="results-actors">
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="results-actors">
            {r.actors.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={actorHref(a.id)} className="font-semibold text-teal-900 dark:text-teal-100 underline decoration-teal-200 dark:decoration-teal-800 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                    <Marked {...a.name} />
                  </Link>
                  <KindBadge kind={a.kind} />
                  {MATCH_LABEL[a.match] ? <Badge tone="amber">{MATCH_LABEL[a.match]}</Badge> : null}
                </div>
                {a.alias ? (
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    also written “<Marked {...a.alias} />”
                  </p>
                ) : null}
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {a.role ? `${a.role} · ` : ""}
                  {a.mentionCount} mention{a.mentionCount === 1 ? "" : "s"}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {r.quotes.length > 0 ? (
        <Section title={`Quotes (${r.quotes.length})`} id="results-quotes">
          <ol className="space-y-3" data-testid="results-quotes">
            {r.quotes.map((h) => (
              <li key={h.quoteId} className="rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3">
                <SourceLine article={h.statement.article} />
                <blockquote className="mt-1 border-l-2 border-amber-300 dark:border-amber-700 pl-3 font-serif text-base leading-relaxed text-slate-900 dark:text-slate-100">
                  <Marked text={h.statement.excerpt} marks={h.marks} />
                </blockquote>
                <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
                  <span>
                    {h.speaker ? h.speaker.name : (h.statement.speakerAsWritten ?? "Speaker not identified")}
                    {h.via === "speaker" ? <span className="ml-1"><Badge tone="sky">said by a matching actor</Badge></span> : null}
                  </span>
                  <Link href={quoteHref(h.quoteId)} className="font-medium text-teal-800 dark:text-teal-200 underline underline-offset-2">
                    {h.outletCount > 1 ? `compare ${h.outletCount} outlets` : "quote"}
                  </Link>
                  <Link href={spanHref(h.statement)} className="font-medium text-teal-800 dark:text-teal-200 underline underline-offset-2">
                    in article
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {r.claims.length > 0 ? (
        <Section title={`Claims (${r.claims.length})`} id="results-claims">
          <ul className="space-y-2" data-testid="results-claims">
            {r.claims.map((c) => (
              <li key={c.id} className="rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <KindBadge kind={c.kind} />
                  <StatusBadge status={c.status} />
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    {c.citationCount} citation{c.citationCount === 1 ? "" : "s"}
                  </span>
                </div>
                <Link href={claimHref(c.id)} className="mt-1 block text-slate-900 dark:text-slate-100 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-slate-700 dark:hover:decoration-slate-300">
                  <Marked text={c.proposition} marks={c.marks} />
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {r.articles.length > 0 ? (
        <Section title={`Articles (${r.articles.length})`} id="results-articles">
          <ul className="space-y-3" data-testid="results-articles">
            {r.articles.map((a) => (
              <li key={a.article.id} className="rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3">
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  <span className="font-semibold text-slate-900 dark:text-slate-100">{a.article.outlet.name}</span> · <PublishedDate article={a.article} /> ·{" "}
                  {a.matchCount} match{a.matchCount === 1 ? "" : "es"}
                </p>
                <Link href={articleHref(a.article.id)} className="mt-1 block font-serif text-lg font-semibold text-slate-950 dark:text-slate-50 hover:underline">
                  <Marked {...a.title} />
                </Link>
                <p className="mt-1 font-serif text-[15px] leading-relaxed text-slate-800 dark:text-slate-200">
                  {a.excerpt.start > 0 ? <span aria-hidden="true">… </span> : null}
                  <Marked text={a.excerpt.excerpt} marks={a.marks} />
                  {a.excerpt.end < a.length ? <span aria-hidden="true"> …</span> : null}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
