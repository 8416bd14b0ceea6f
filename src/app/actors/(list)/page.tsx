import type { Metadata } from "next";
import Link from "next/link";
import { listActors } from "../../../db/queries/actors";
import { ActorSearchSchema, describeError, flattenParams, type RawSearchParams } from "../../../db/queries/params";
import type { ActorKind, ActorSummary } from "../../../db/queries/types";
import { EmptyState, Notice, PageHeader, Section } from "../../../ui/Layout";
import { actorHref } from "../../../ui/links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Actors" };

const KIND_TITLES: Record<ActorKind, string> = {
  person: "People",
  organization: "Organizations",
  country: "Countries",
  group: "Groups",
};

export default async function ActorsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const parsed = ActorSearchSchema.safeParse(flattenParams(await searchParams));
  const search = parsed.success ? parsed.data : {};
  const actors = await listActors(search);
  const groups = (Object.keys(KIND_TITLES) as ActorKind[])
    .map((k) => ({ kind: k, actors: actors.filter((a) => a.kind === k) }))
    .filter((g) => g.actors.length > 0);
  return (
    <>
      <PageHeader title="Actors" lede="People, organizations, countries and groups named in the coverage, most present first." />
      {!parsed.success ? <Notice>Search ignored: {describeError(parsed.error)}</Notice> : null}
      <form method="get" action="/actors" role="search" aria-label="Search actors" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="q" className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Name or alias
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search.q ?? ""}
            placeholder="e.g. Rubio, Pentagon, Nicolás"
            className="block w-full rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-2 py-1.5 text-sm"
          />
        </div>
        <div>
          <label htmlFor="kind" className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Kind
          </label>
          <select id="kind" name="kind" defaultValue={search.kind ?? ""} className="block rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-2 py-1.5 text-sm">
            <option value="">Any</option>
            {(Object.keys(KIND_TITLES) as ActorKind[]).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-slate-900 dark:bg-slate-100 px-4 py-1.5 text-sm font-semibold text-white dark:text-slate-950 hover:bg-slate-700 dark:hover:bg-slate-300">
          Search
        </button>
        {search.q || search.kind ? (
          <Link href="/actors" className="py-1.5 text-sm text-teal-800 dark:text-teal-200 underline underline-offset-2">
            Clear
          </Link>
        ) : null}
      </form>
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {actors.length} actor{actors.length === 1 ? "" : "s"}
        {search.q ? <> matching “{search.q}”</> : null}
      </p>
      {groups.length === 0 ? (
        <EmptyState title={search.q || search.kind ? "No actors match" : "No actors yet"} />
      ) : (
        groups.map((g) => (
          <Section key={g.kind} title={`${KIND_TITLES[g.kind]} (${g.actors.length})`} id={`kind-${g.kind}`}>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {g.actors.map((a) => (
                <li key={a.id}>
                  <ActorCard actor={a} />
                </li>
              ))}
            </ul>
          </Section>
        ))
      )}
    </>
  );
}

function ActorCard({ actor: a }: { actor: ActorSummary }) {
  return (
    <article className="h-full rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3" data-testid="actor-card">
      <h3 className="font-serif text-lg font-semibold leading-snug">
        <Link href={actorHref(a.id)} className="text-slate-950 dark:text-slate-50 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
          {a.name}
        </Link>
      </h3>
      {a.role ? <p className="text-sm text-slate-700 dark:text-slate-300">{a.role}</p> : null}
      {a.aliases.length > 0 ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Also: {a.aliases.slice(0, 4).join(", ")}
          {a.aliases.length > 4 ? ` +${a.aliases.length - 4}` : ""}
        </p>
      ) : null}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {a.articleCount} article{a.articleCount === 1 ? "" : "s"} · {a.statementCount} quote{a.statementCount === 1 ? "" : "s"}
      </p>
    </article>
  );
}
