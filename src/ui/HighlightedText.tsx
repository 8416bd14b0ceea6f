import Link from "next/link";
import type { Highlight, HighlightKind } from "../db/queries/types";
import { spanId } from "./links";
import { splitAtBoundaries } from "./split-spans";

/**
 * Each kind of highlight is its own nested layer, so hiding one (the reader's
 * legend checkboxes, `#layer-KIND` inside a `group/reader`) leaves the others
 * intact. The `group-has-[...]` variants hide a layer with CSS alone, no script.
 * Outermost first: broad spans (quotes, claims) under narrow ones (names, figures).
 */
export const LAYER_ORDER: HighlightKind[] = ["quote", "citation", "event", "evidence", "date", "speaker", "mention", "figure"];

export const KIND_CLASS: Record<HighlightKind, string> = {
  quote: "bg-amber-100 dark:bg-amber-900 group-has-[#layer-quote:not(:checked)]/reader:bg-transparent",
  citation:
    "underline decoration-sky-600 dark:decoration-sky-400 decoration-2 underline-offset-4 group-has-[#layer-citation:not(:checked)]/reader:decoration-transparent",
  event: "",
  evidence: "bg-emerald-100 dark:bg-emerald-900 ring-1 ring-emerald-500 dark:ring-emerald-500 group-has-[#layer-evidence:not(:checked)]/reader:bg-transparent group-has-[#layer-evidence:not(:checked)]/reader:ring-0",
  date: "border-b-2 border-dotted border-violet-600 dark:border-violet-400 group-has-[#layer-date:not(:checked)]/reader:border-transparent",
  speaker: "bg-sky-100 dark:bg-sky-900 italic group-has-[#layer-speaker:not(:checked)]/reader:bg-transparent group-has-[#layer-speaker:not(:checked)]/reader:not-italic",
  mention: "font-semibold text-teal-900 dark:text-teal-100 group-has-[#layer-mention:not(:checked)]/reader:font-normal group-has-[#layer-mention:not(:checked)]/reader:text-inherit",
  figure:
    "bg-rose-100 dark:bg-rose-900 font-semibold text-rose-950 dark:text-rose-50 group-has-[#layer-figure:not(:checked)]/reader:bg-transparent group-has-[#layer-figure:not(:checked)]/reader:font-normal group-has-[#layer-figure:not(:checked)]/reader:text-inherit",
};

// Sentence-long event spans would make whole paragraphs links; they only anchor.
const LINK_PRIORITY: HighlightKind[] = ["mention", "speaker", "figure", "citation", "quote"];

function linkFor(covering: Highlight[]): Highlight | undefined {
  const linked = covering.filter((h) => h.href && LINK_PRIORITY.includes(h.kind));
  linked.sort((a, b) => a.end - a.start - (b.end - b.start) || LINK_PRIORITY.indexOf(a.kind) - LINK_PRIORITY.indexOf(b.kind));
  return linked[0];
}

// A deep-linked span is lit on its outer span (globals.css [data-target]); inner layers let that show through.
const TARGETED = "group-data-target/seg:bg-transparent";

/** The piece of text wrapped in one span per layer that covers it, outermost layer first. */
function layered(kinds: Set<HighlightKind>, piece: React.ReactNode): React.ReactNode {
  let node = piece;
  for (const kind of [...LAYER_ORDER].reverse()) {
    if (!kinds.has(kind) || !KIND_CLASS[kind]) continue;
    node = (
      <span data-layer={kind} className={`${KIND_CLASS[kind]} ${TARGETED}`}>
        {node}
      </span>
    );
  }
  return node;
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
    <div className="whitespace-pre-wrap break-words font-serif text-[17px] leading-8 text-slate-900 dark:text-slate-100" data-testid="article-text">
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
        const ids = [...new Set(seg.covering.map((h) => spanId(h.start, h.end)))].join(" ");
        const title = seg.covering.map((h) => h.label).join("\n");
        // A link needs words to be named by: whitespace between spans stays plain.
        const link = linkFor(seg.covering);
        const body = layered(kinds, piece);
        return (
          <span key={seg.start}>
            {anchors}
            <span data-s={ids} data-kinds={[...kinds].join(" ")} title={title} className="group/seg">
              {link?.href && /\S/.test(piece) ? (
                <Link
                  href={link.href}
                  className="rounded-sm underline decoration-slate-400 dark:decoration-slate-600 decoration-1 underline-offset-4 hover:bg-teal-100 dark:hover:bg-teal-900 hover:decoration-teal-700 dark:hover:decoration-teal-300"
                >
                  {body}
                </Link>
              ) : (
                body
              )}
            </span>
          </span>
        );
      })}
    </div>
  );
}
