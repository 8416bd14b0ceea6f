import Link from "next/link";
import type { Highlight, HighlightKind } from "../db/queries/types";
import { spanId } from "./links";
import { splitAtBoundaries } from "./split-spans";

const KIND_CLASS: Record<HighlightKind, string> = {
  quote: "bg-amber-100",
  citation: "underline decoration-sky-500 decoration-2 underline-offset-4",
  mention: "font-semibold text-teal-900",
  figure: "bg-rose-100 font-semibold text-rose-950",
  date: "border-b-2 border-dotted border-violet-500",
  evidence: "bg-emerald-100 ring-1 ring-emerald-400",
  event: "",
};

// Sentence-long event spans would make whole paragraphs links; they only anchor.
const LINK_PRIORITY: HighlightKind[] = ["mention", "figure", "citation", "quote"];

function linkFor(covering: Highlight[]): Highlight | undefined {
  const linked = covering.filter((h) => h.href && LINK_PRIORITY.includes(h.kind));
  linked.sort((a, b) => a.end - a.start - (b.end - b.start) || LINK_PRIORITY.indexOf(a.kind) - LINK_PRIORITY.indexOf(b.kind));
  return linked[0];
}

/**
 * The article text, unaltered, with every span marked. Each distinct span
 * gets an empty anchor `s-START-END` at its start so deep links land on it;
 * its segments carry the id in data-s so the whole span can be lit up.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const segments = splitAtBoundaries(text.length, highlights);
  const anchorsAt = new Map<number, string[]>();
  for (const h of highlights) {
    const id = spanId(h.start, h.end);
    const list = anchorsAt.get(h.start) ?? [];
    if (!list.includes(id)) list.push(id);
    anchorsAt.set(h.start, list);
  }
  return (
    <div className="whitespace-pre-wrap break-words font-serif text-[17px] leading-8 text-slate-900" data-testid="article-text">
      {segments.map((seg) => {
        const anchors = (anchorsAt.get(seg.start) ?? []).map((id) => <span key={id} id={id} className="scroll-mt-28" />);
        const piece = text.slice(seg.start, seg.end);
        if (seg.covering.length === 0) {
          return (
            <span key={seg.start}>
              {anchors}
              {piece}
            </span>
          );
        }
        const kinds = new Set(seg.covering.map((h) => h.kind));
        const className = [...kinds].map((k) => KIND_CLASS[k]).join(" ");
        const ids = [...new Set(seg.covering.map((h) => spanId(h.start, h.end)))].join(" ");
        const title = seg.covering.map((h) => h.label).join("\n");
        const link = linkFor(seg.covering);
        const body = link?.href ? (
          <Link href={link.href} className="rounded-sm underline decoration-slate-400 decoration-1 underline-offset-4 hover:bg-teal-100 hover:decoration-teal-700">
            {piece}
          </Link>
        ) : (
          piece
        );
        return (
          <span key={seg.start}>
            {anchors}
            <span data-s={ids} data-kinds={[...kinds].join(" ")} title={title} className={className}>
              {body}
            </span>
          </span>
        );
      })}
    </div>
  );
}
