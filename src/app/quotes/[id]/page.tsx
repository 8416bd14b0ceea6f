import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IdSchema } from "../../../db/queries/params";
import { getQuote } from "../../../db/queries/quotes";
import { ActorLink } from "../../../ui/ActorLink";
import { DateLabel } from "../../../ui/DateLabel";
import { PageHeader, Section } from "../../../ui/Layout";
import { StatementCard } from "../../../ui/StatementCard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function find(params: Props["params"]) {
  const id = IdSchema.safeParse((await params).id);
  return id.success ? getQuote(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const q = await find(params);
  return { title: q ? `Quote${q.speaker ? ` — ${q.speaker.name}` : ""}` : "Quote not found" };
}

export default async function QuotePage({ params }: Props) {
  const q = await find(params);
  if (!q) notFound();
  const speaker = q.speaker ? <ActorLink actor={q.speaker} /> : (q.statements[0]?.speakerAsWritten ?? "Unidentified speaker");
  return (
    <>
      <PageHeader
        title={<>Quote{q.speaker ? ` by ${q.speaker.name}` : ""}</>}
        lede={
          <>
            Speaker: {speaker}
            {q.firstSaid ? (
              <>
                {" "}
                · first said <DateLabel value={q.firstSaid} />
              </>
            ) : null}{" "}
            · carried by {q.outletCount} outlet{q.outletCount === 1 ? "" : "s"}
          </>
        }
      />
      <Section title="Each outlet’s wording" id="wording" aside={<span className="text-xs text-slate-600">earliest article first</span>}>
        <ol className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {q.statements.map((s) => (
            <li key={s.id}>
              <StatementCard statement={s} />
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
