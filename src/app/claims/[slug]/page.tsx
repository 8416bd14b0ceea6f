import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  attributionSentence,
  byStance,
  coverageMatrix,
  explainStatus,
  firstSeen,
  originOf,
  type ClaimPageData,
} from "../../../db/queries/claim-coverage";
import { getClaimPage } from "../../../db/queries/claims";
import { IdSchema } from "../../../db/queries/params";
import type { CitationInstance, ReportedValue } from "../../../db/queries/types";
import { Badge, KindBadge, StatusBadge } from "../../../ui/Badge";
import { FigureChart } from "../../../ui/charts/FigureChart";
import { chartPoints, metricLabel, OWN_REPORTING, type SeriesBy } from "../../../ui/charts/figure-points";
import { CitationCard } from "../../../ui/CitationCard";
import { ClaimReviewJsonLd } from "../../../ui/ClaimReviewJsonLd";
import { CoverageMatrix, citationAnchor } from "../../../ui/CoverageMatrix";
import { DateLabel } from "../../../ui/DateLabel";
import { FigureTable } from "../../../ui/FigureTable";
import { EmptyState, PageHeader, Section } from "../../../ui/Layout";
import { spanHref } from "../../../ui/links";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function find(params: Props["params"]): Promise<ClaimPageData | null> {
  const id = IdSchema.safeParse((await params).slug);
  return id.success ? getClaimPage(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await find(params);
  return { title: data?.claim.proposition ?? "Claim not found" };
}

async function baseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

const spanKey = (s: { articleId: string; start: number; end: number }) => `${s.articleId}:${s.start}:${s.end}`;

export default async function ClaimPage({ params, searchParams }: Props) {
  const data = await find(params);
  if (!data) notFound();
  const { claim: c, chains } = data;
  const by: SeriesBy = (await searchParams).by === "source" ? "source" : "outlet";
  const explanation = explainStatus(c.kind, c.status, c.citations, chains);
  const first = firstSeen(c.citations);
  const matrix = coverageMatrix(c.citations);
  const { asserted, denied } = byStance(c.citations);
  const citationBySpan = new Map(c.citations.map((x) => [spanKey(x), x]));
  const sourceOf = (v: ReportedValue) => {
    const cit = citationBySpan.get(spanKey(v));
    if (!cit) return v.attribution ?? OWN_REPORTING;
    const origin = originOf(cit.article.outlet, chains[cit.id] ?? []);
    if (origin.length === 0) return OWN_REPORTING;
    return origin.map((o) => (cit.attributedTo && o.actorId === cit.attributedTo.id ? cit.attributedTo.name : o.name)).join(" and ");
  };
  const points = chartPoints(c.values, by, { sourceOf, fallbackDate: (v) => citationBySpan.get(spanKey(v))?.article.published ?? null });
  const yLabel = metricLabel(c.metric);

  return (
    <>
      <ClaimReviewJsonLd claim={c} baseUrl={await baseUrl()} explanation={explanation} />
      <PageHeader
        title={c.proposition}
        lede={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={c.status} />
            <KindBadge kind={c.kind} />
            {c.metric ? <Badge>{c.metric}</Badge> : null}
            <span>
              {c.citationCount} citation{c.citationCount === 1 ? "" : "s"} in {c.outletCount} outlet{c.outletCount === 1 ? "" : "s"}: {c.supports} assert
              {c.denies > 0 ? `, ${c.denies} deny` : ""}
            </span>
          </span>
        }
      >
        <dl className="mt-3 grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-700 dark:text-slate-300">Status</dt>
          <dd className="text-slate-800 dark:text-slate-200" data-testid="status-rule">
            {explanation}
          </dd>
          {first ? (
            <>
              <dt className="font-semibold text-slate-700 dark:text-slate-300">First seen</dt>
              <dd className="text-slate-800 dark:text-slate-200" data-testid="first-seen">
                <strong className="font-semibold text-slate-900 dark:text-slate-100">{first.citation.article.outlet.name}</strong>,{" "}
                <DateLabel value={first.citation.article.published} />
                {first.citation.stance === "denies" ? " (as a denial)" : ""}
                {first.sameDay.length > 0 ? <> — the same day also {first.sameDay.map((o) => o.name).join(", ")}</> : null}
                {" · "}
                <Link href={spanHref(first.citation)} className="text-teal-800 dark:text-teal-200 underline decoration-teal-300 dark:decoration-teal-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                  the words
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      </PageHeader>

      {c.kind === "figure" ? (
        <Section
          title="Reported values over time"
          id="values"
          aside={
            <nav aria-label="Group the chart by" className="flex items-center gap-1 text-xs">
              <span className="text-slate-600 dark:text-slate-400">By</span>
              {(["outlet", "source"] as const).map((k) => (
                <Link
                  key={k}
                  href={k === "outlet" ? "?by=outlet#values-heading" : "?by=source#values-heading"}
                  aria-current={by === k ? "true" : undefined}
                  scroll={false}
                  className={`rounded px-2 py-0.5 font-medium ring-1 ring-inset ${
                    by === k ? "bg-slate-900 dark:bg-slate-100 text-white dark:text-slate-950 ring-slate-900 dark:ring-slate-100" : "bg-white dark:bg-slate-900 text-slate-800 dark:text-slate-200 ring-slate-300 dark:ring-slate-700 hover:bg-slate-100 dark:hover:bg-slate-800"
                  }`}
                >
                  {k === "outlet" ? "outlet" : "attributed source"}
                </Link>
              ))}
            </nav>
          }
        >
          {c.values.length === 0 ? (
            <EmptyState title="No values reported" />
          ) : (
            <div className="space-y-4">
              <FigureChart
                points={points}
                title={`${yLabel}: each reported value by ${by === "outlet" ? "outlet" : "attributed source"}, over time`}
                yLabel={yLabel}
                seriesLabel={by === "outlet" ? "Outlet" : "Source"}
                caption={
                  <>
                    Each dot is one value as its outlet printed it, placed at the date it is given “as of”; {by === "outlet" ? "colour and shape mark the outlet" : "colour and shape mark who the number is attributed to"}. Values are never merged.
                  </>
                }
              />
              <FigureTable values={c.values} caption="Every reported value for this claim" />
            </div>
          )}
        </Section>
      ) : null}

      <Section title="Coverage" id="coverage" aside={<span className="text-xs text-slate-600 dark:text-slate-400">outlets × article dates</span>}>
        {matrix.rows.length === 0 ? <EmptyState title="No article carries this claim yet" /> : <CoverageMatrix matrix={matrix} proposition={c.proposition} />}
      </Section>

      <Section title={`Citations (${c.citations.length})`} id="citations" aside={<span className="text-xs text-slate-600 dark:text-slate-400">earliest article first</span>}>
        {c.citations.length === 0 ? (
          <EmptyState title="No article cites this claim yet" />
        ) : (
          <div
            className={`grid grid-cols-1 gap-6 ${denied.length === 0 ? "lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" : asserted.length === 0 ? "lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]" : "lg:grid-cols-2"}`}
            data-testid="stance-columns"
          >
            <StanceColumn title="Asserted" testId="asserted" citations={asserted} chains={chains} empty="No article reports it as true." />
            <StanceColumn title="Denied" testId="denied" citations={denied} chains={chains} empty={`No denial in ${c.outletCount} outlet${c.outletCount === 1 ? "" : "s"}.`} />
          </div>
        )}
      </Section>
    </>
  );
}

function StanceColumn({
  title,
  testId,
  citations,
  chains,
  empty,
}: {
  title: string;
  testId: string;
  citations: CitationInstance[];
  chains: ClaimPageData["chains"];
  empty: string;
}) {
  const tone = testId === "denied" ? "border-rose-700 dark:border-rose-300 text-rose-900 dark:text-rose-100" : "border-emerald-700 dark:border-emerald-300 text-emerald-900 dark:text-emerald-100";
  return (
    <div data-testid={testId} className="min-w-0">
      <h3 className={`mb-2 border-b-2 pb-1 text-sm font-bold uppercase tracking-wide ${tone}`}>
        {title} ({citations.length})
      </h3>
      {citations.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 dark:border-slate-700 bg-slate-50 dark:bg-slate-950 p-4 text-sm text-slate-700 dark:text-slate-300">{empty}</p>
      ) : (
        <ol className="space-y-3">
          {citations.map((x) => (
            <li key={x.id} id={citationAnchor(x.id)} className="scroll-mt-24 rounded-md target:ring-2 target:ring-amber-400 dark:target:ring-amber-600">
              <p className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200" data-testid="attribution-sentence">
                {attributionSentence(x.article.outlet, chains[x.id] ?? [])}
              </p>
              <CitationCard citation={x} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
