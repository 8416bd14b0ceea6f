import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IdSchema } from "../../../db/queries/params";
import { getQuote } from "../../../db/queries/quotes";
import type { StatementInstance } from "../../../db/queries/types";
import { ActorLink } from "../../../ui/ActorLink";
import { Badge } from "../../../ui/Badge";
import { DateLabel } from "../../../ui/DateLabel";
import { PageHeader, Section } from "../../../ui/Layout";
import { spanHref } from "../../../ui/links";
import { SourceLine } from "../../../ui/PublishedDate";
import { Deletions, DiffKey, WordDiff } from "../../../ui/WordDiff";
import { diffCounts, renderingsOf, splitDiff, wordDiff, type DiffPart, type Rendering } from "../../../ui/word-diff";

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

type Compared = { rendering: Rendering<StatementInstance>; pieces: DiffPart[][] | null; counts: { inserted: number; deleted: number } | null };

function compare(statements: StatementInstance[]): Compared[] {
  const renderings = renderingsOf(statements);
  const base = renderings[0];
  return renderings.map((r, i) => {
    if (i === 0 || !base) return { rendering: r, pieces: null, counts: null };
    const diff = wordDiff(base.text, r.text);
    return { rendering: r, pieces: splitDiff(diff, r.parts.map((p) => p.excerpt.length)), counts: diffCounts(diff) };
  });
}

function Wording({ c, index }: { c: Compared; index: number }) {
  const first = c.rendering.parts[0]!;
  const s = first;
  return (
    <article className="flex h-full flex-col gap-3 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4" data-testid="wording">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <SourceLine article={first.article} showTitle />
      </div>
      <p className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {index === 0 ? (
          <Badge tone="teal">earliest wording</Badge>
        ) : c.counts && c.counts.inserted + c.counts.deleted === 0 ? (
          <Badge tone="neutral">same words</Badge>
        ) : c.counts ? (
          <span className="flex flex-wrap gap-1.5">
            <Badge tone="emerald">+{c.counts.inserted} words</Badge>
            <Badge tone="rose">−{c.counts.deleted} words</Badge>
          </span>
        ) : null}
      </p>
      {c.rendering.parts.map((part, k) => (
        <div key={part.id} className="space-y-1">
          <blockquote className="border-l-2 border-slate-300 dark:border-slate-700 pl-3 font-serif text-base leading-relaxed text-slate-900 dark:text-slate-100" data-testid="statement">
            <span data-testid="wording-text">{c.pieces?.[k] ? <WordDiff parts={c.pieces[k]} /> : part.excerpt}</span>{" "}
            <Link href={spanHref(part)} className="whitespace-nowrap font-sans text-xs font-medium text-teal-800 dark:text-teal-200 underline-offset-2 hover:underline">
              in article<span aria-hidden="true"> →</span>
              <span className="sr-only">
                {" "}
                ({first.article.outlet.name}, characters {part.start}–{part.end})
              </span>
            </Link>
          </blockquote>
          {c.pieces?.[k] ? <Deletions parts={c.pieces[k]} /> : null}
        </div>
      ))}
      <p className="mt-auto text-sm text-slate-600 dark:text-slate-400">
        {s.speaker ? <ActorLink actor={s.speaker} /> : <span>{s.speakerAsWritten ?? "Speaker not identified"}</span>}
        {s.speaker && s.speakerAsWritten && s.speakerAsWritten !== s.speaker.name ? <span> (written “{s.speakerAsWritten}”)</span> : null}
        {s.said ? (
          <>
            , said <DateLabel value={s.said} />
            {s.saidSpan ? <span className="text-slate-500 dark:text-slate-400"> (“{s.saidSpan.excerpt}”)</span> : null}
          </>
        ) : null}
        {s.venue ? <span>, {s.venue}</span> : null}
      </p>
    </article>
  );
}

export default async function QuotePage({ params }: Props) {
  const q = await find(params);
  if (!q) notFound();
  const speaker = q.speaker ? <ActorLink actor={q.speaker} /> : (q.statements[0]?.speakerAsWritten ?? "Unidentified speaker");
  const compared = compare(q.statements);
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
      <Section title="Each outlet’s wording" id="wording" aside={<span className="text-xs text-slate-600 dark:text-slate-400">earliest first</span>}>
        {compared.length > 1 ? (
          <div className="mb-3">
            <DiffKey />
          </div>
        ) : null}
        <ol className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {compared.map((c, i) => (
            <li key={c.rendering.articleId}>
              <Wording c={c} index={i} />
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
