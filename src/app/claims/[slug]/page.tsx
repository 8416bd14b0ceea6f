import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getClaim } from "../../../db/queries/claims";
import { IdSchema } from "../../../db/queries/params";
import { Badge, KindBadge, StatusBadge } from "../../../ui/Badge";
import { CitationCard } from "../../../ui/CitationCard";
import { FigureTable } from "../../../ui/FigureTable";
import { EmptyState, PageHeader, Section } from "../../../ui/Layout";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function find(params: Props["params"]) {
  const id = IdSchema.safeParse((await params).slug);
  return id.success ? getClaim(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await find(params);
  return { title: claim?.proposition ?? "Claim not found" };
}

export default async function ClaimPage({ params }: Props) {
  const c = await find(params);
  if (!c) notFound();
  return (
    <>
      <PageHeader
        title={c.proposition}
        lede={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={c.status} />
            <KindBadge kind={c.kind} />
            {c.metric ? <Badge>{c.metric}</Badge> : null}
            <span>
              {c.citationCount} citation{c.citationCount === 1 ? "" : "s"} in {c.outletCount} outlet{c.outletCount === 1 ? "" : "s"}: {c.supports} support
              {c.denies > 0 ? `, ${c.denies} deny` : ""}
            </span>
          </span>
        }
      />
      {c.kind === "figure" ? (
        <Section title="Reported values" id="values" aside={<span className="text-xs text-slate-600">each as its outlet printed it</span>}>
          {c.values.length === 0 ? <EmptyState title="No values reported" /> : <FigureTable values={c.values} caption="Every reported value for this claim" />}
        </Section>
      ) : null}
      <Section title={`Citations (${c.citations.length})`} id="citations" aside={<span className="text-xs text-slate-600">earliest article first</span>}>
        {c.citations.length === 0 ? (
          <EmptyState title="No article cites this claim yet" />
        ) : (
          <ol className="space-y-3">
            {c.citations.map((x) => (
              <li key={x.id}>
                <CitationCard citation={x} />
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
