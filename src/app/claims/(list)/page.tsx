import type { Metadata } from "next";
import Link from "next/link";
import { listClaims } from "../../../db/queries/claims";
import type { ClaimKind } from "../../../db/queries/types";
import { Badge, KindBadge, StatusBadge } from "../../../ui/Badge";
import { EmptyState, PageHeader, Section } from "../../../ui/Layout";
import { claimHref } from "../../../ui/links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

const KIND_TITLES: Record<ClaimKind, string> = { figure: "Figures", event: "Events", assertion: "Assertions" };

export default async function ClaimsPage() {
  const claims = await listClaims();
  const groups = (Object.keys(KIND_TITLES) as ClaimKind[])
    .map((k) => ({ kind: k, claims: claims.filter((c) => c.kind === k) }))
    .filter((g) => g.claims.length > 0);
  return (
    <>
      <PageHeader title="Claims" lede="What the coverage asserts, and who says so: each claim with every citation, its stance and the source it is attributed to." />
      {groups.length === 0 ? (
        <EmptyState title="No claims yet">Claims appear once curated claims are matched against ingested articles.</EmptyState>
      ) : (
        groups.map((g) => (
          <Section key={g.kind} title={`${KIND_TITLES[g.kind]} (${g.claims.length})`} id={`claims-${g.kind}`}>
            <ul className="divide-y divide-slate-200 dark:divide-slate-800 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900">
              {g.claims.map((c) => (
                <li key={c.id} className="p-3 sm:p-4" data-testid="claim-row">
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusBadge status={c.status} />
                    <KindBadge kind={c.kind} />
                    {c.metric ? <Badge>{c.metric}</Badge> : null}
                  </div>
                  <h3 className="mt-1 font-serif text-lg leading-snug">
                    <Link href={claimHref(c.id)} className="text-slate-950 dark:text-slate-50 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                      {c.proposition}
                    </Link>
                  </h3>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    {c.citationCount} citation{c.citationCount === 1 ? "" : "s"} in {c.outletCount} outlet{c.outletCount === 1 ? "" : "s"}
                    {c.denies > 0 ? <> · <span className="font-medium text-rose-800 dark:text-rose-200">{c.denies} deny</span></> : null}
                  </p>
                  {c.values.length > 0 ? (
                    <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Reported values">
                      {c.values.map((v) => (
                        <li key={`${v.articleId}-${v.start}`} className="rounded border border-slate-200 dark:border-slate-800 bg-slate-50 dark:bg-slate-950 px-2 py-0.5">
                          <span className="text-slate-600 dark:text-slate-400">{v.qualifier ? `${v.qualifier} ` : ""}</span>
                          <strong className="tabular-nums">{v.value.toLocaleString("en-US")}</strong>
                          <span className="text-slate-600 dark:text-slate-400"> · {v.outlet.name}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ))
      )}
    </>
  );
}
