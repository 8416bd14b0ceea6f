import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "../../../db/queries/actors";
import { ActorViewSchema, flattenParams, IdSchema, type RawSearchParams } from "../../../db/queries/params";
import { ActorLink } from "../../../ui/ActorLink";
import { Badge, KindBadge } from "../../../ui/Badge";
import { CitationCard } from "../../../ui/CitationCard";
import { EventCard } from "../../../ui/event/EventCard";
import { EmptyState, PageHeader, Section } from "../../../ui/Layout";
import { actorHref, articleHref, quoteHref } from "../../../ui/links";
import { PublishedDate } from "../../../ui/PublishedDate";
import { ShowAllLink } from "../../../ui/ShowAllLink";
import { StatementCard } from "../../../ui/StatementCard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

/**
 * How many of each list the profile shows before "Show all": a principal of
 * the story is quoted, cited and named alongside others by the dozen, and the
 * whole of it made the page slow to first paint on a phone.
 */
const FIRST = { statements: 5, claims: 5, events: 5, coMentioned: 12, articles: 8 } as const;

async function load(params: Props["params"]) {
  const id = IdSchema.safeParse((await params).slug);
  if (!id.success) notFound();
  const actor = await getActor(id.data);
  if (!actor) notFound();
  return actor;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = IdSchema.safeParse((await params).slug);
  const actor = id.success ? await getActor(id.data) : null;
  return { title: actor?.name ?? "Actor not found" };
}

export default async function ActorPage({ params, searchParams }: Props) {
  const a = await load(params);
  const { all } = ActorViewSchema.parse(flattenParams(await searchParams));
  const first = <T,>(items: T[], n: number) => (all ? items : items.slice(0, n));
  const allHref = (section: string) => `${actorHref(a.id)}?all=1#${section}-heading`;
  const statements = first(a.statements, FIRST.statements);
  const citations = first(a.citations, FIRST.claims);
  const events = first(a.events, FIRST.events);
  const coMentioned = first(a.coMentioned, FIRST.coMentioned);
  const articles = first(a.articles, FIRST.articles);
  return (
    <>
      <PageHeader
        title={a.name}
        lede={
          <>
            <span className="mr-2 inline-flex gap-1 align-middle">
              <KindBadge kind={a.kind} />
              {a.curated ? <Badge tone="teal">curated</Badge> : <Badge>extracted</Badge>}
            </span>
            {a.role ? <span>{a.role}. </span> : null}
            {a.description ? <span className="text-slate-600 dark:text-slate-400">{a.description}</span> : null}
          </>
        }
      >
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <div className="flex gap-1">
            <dt>Articles</dt>
            <dd className="font-semibold">{a.articleCount}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Quotes</dt>
            <dd className="font-semibold">{a.statementCount}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Mentions</dt>
            <dd className="font-semibold">{a.mentionCount}</dd>
          </div>
          {a.aliases.length > 0 ? (
            <div className="flex basis-full gap-1">
              <dt>Also written</dt>
              <dd>{a.aliases.join(" · ")}</dd>
            </div>
          ) : null}
        </dl>
      </PageHeader>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <Section title={`Statements (${a.statements.length})`} id="statements">
            {a.statements.length === 0 ? (
              <EmptyState title="No quotes attributed to this actor" />
            ) : (
              <ol className="space-y-3">
                {statements.map((s) => (
                  <li key={s.id}>
                    <StatementCard statement={s} showSpeaker={false} />
                    <Link href={quoteHref(s.quoteId)} className="mt-1 inline-block text-xs text-teal-800 dark:text-teal-200 underline underline-offset-2">
                      Compare outlets’ wording
                    </Link>
                  </li>
                ))}
              </ol>
            )}
            <ShowAllLink shown={statements.length} total={a.statements.length} noun="statements" href={allHref("statements")} />
          </Section>
          <Section title={`Claims attributed (${a.citations.length})`} id="claims">
            {a.citations.length === 0 ? (
              <EmptyState title="No claims attributed to this actor" />
            ) : (
              <ol className="space-y-3">
                {citations.map((c) => (
                  <li key={c.id}>
                    <CitationCard citation={c} claim={c.claim} />
                  </li>
                ))}
              </ol>
            )}
            <ShowAllLink shown={citations.length} total={a.citations.length} noun="claims attributed" href={allHref("claims")} />
          </Section>
          <Section title={`Events (${a.events.length})`} id="events">
            {a.events.length === 0 ? (
              <EmptyState title="No events involve this actor" />
            ) : (
              <ol className="space-y-3">
                {events.map((e) => (
                  <li key={e.id}>
                    <EventCard event={e} variant="compact" />
                  </li>
                ))}
              </ol>
            )}
            <ShowAllLink shown={events.length} total={a.events.length} noun="events" href={allHref("events")} />
          </Section>
        </div>
        <div>
          <Section title="Named alongside" id="co">
            {a.coMentioned.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No other actors share an article.</p>
            ) : (
              <ul className="divide-y divide-slate-100 dark:divide-slate-900 text-sm">
                {coMentioned.map((c) => (
                  <li key={c.id} className="flex items-baseline justify-between gap-2 py-1.5">
                    <ActorLink actor={c} />
                    <span className="text-xs text-slate-600 dark:text-slate-400">
                      {c.sharedArticles} article{c.sharedArticles === 1 ? "" : "s"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <ShowAllLink shown={coMentioned.length} total={a.coMentioned.length} noun="actors named alongside" href={allHref("co")} />
          </Section>
          <Section title={`Articles (${a.articles.length})`} id="articles">
            <ul className="space-y-3 text-sm">
              {articles.map((art) => (
                <li key={art.id}>
                  <Link href={articleHref(art.id)} className="font-medium text-slate-900 dark:text-slate-100 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                    {art.title}
                  </Link>
                  <div className="text-slate-600 dark:text-slate-400">
                    {art.outlet.name} · <PublishedDate article={art} />
                  </div>
                  <div className="text-xs text-slate-600 dark:text-slate-400">
                    {art.mentions} mention{art.mentions === 1 ? "" : "s"}, {art.statements} quote{art.statements === 1 ? "" : "s"}
                  </div>
                </li>
              ))}
            </ul>
            <ShowAllLink shown={articles.length} total={a.articles.length} noun="articles" href={allHref("articles")} />
          </Section>
        </div>
      </div>
    </>
  );
}
