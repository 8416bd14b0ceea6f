import type { DiffPart } from "./word-diff";

// Screen readers hear "added: … end of addition" / "removed: …" from CSS generated content (the MDN technique for
// <ins>/<del>), which keeps the element's text exactly the source words.
const SR_INS = "before:sr-only before:content-['added:_'] after:sr-only after:content-['_end_of_addition']";
const SR_DEL = "before:sr-only before:content-['removed:_'] after:sr-only after:content-['_end_of_removal']";
const INS = "rounded-sm bg-emerald-100 dark:bg-emerald-900 px-0.5 text-emerald-950 dark:text-emerald-50 underline decoration-emerald-700 dark:decoration-emerald-300 decoration-2 underline-offset-4";
const DEL = "rounded-sm bg-rose-100 dark:bg-rose-900 px-0.5 text-rose-900 dark:text-rose-100 line-through decoration-rose-700 dark:decoration-rose-300 decoration-2";

/**
 * One outlet's wording, verbatim, with the words the earliest wording lacks
 * marked <ins> (colour, underline, and "added:" for screen readers). The text
 * content stays exactly the article's slice: another outlet's words are never
 * mixed in; what this wording lacks is listed by <Deletions>.
 */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.kind === "del") return null;
        if (p.kind === "ins") {
          return (
            <ins key={i} className={`${INS} ${SR_INS}`}>
              {p.text}
            </ins>
          );
        }
        return <span key={i}>{p.text}</span>;
      })}
    </>
  );
}

/** The last word before part `i` in this wording, to place a deletion. */
function wordBefore(parts: DiffPart[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const p = parts[k]!;
    if (p.kind === "del" || p.kind === "space") continue;
    const words = p.text.trim().split(/\s+/);
    return words[words.length - 1] ?? null;
  }
  return null;
}

/** The earliest wording's words this one lacks, each placed by the word it would follow. */
export function Deletions({ parts }: { parts: DiffPart[] }) {
  const dels = parts.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === "del");
  if (dels.length === 0) return null;
  return (
    <p className="font-sans text-sm text-slate-700 dark:text-slate-300" data-testid="deletions">
      <span className="font-medium">Not in this wording:</span>{" "}
      {dels.map(({ p, i }, n) => {
        const after = wordBefore(parts, i);
        return (
          <span key={i}>
            {n > 0 ? " · " : null}
            <del className={`${DEL} ${SR_DEL}`}>{p.text}</del>
            <span className="text-xs text-slate-600 dark:text-slate-400">{after ? ` (after “${after}”)` : " (at the start)"}</span>
          </span>
        );
      })}
    </p>
  );
}

export function DiffKey() {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      Each wording is printed as the outlet printed it and compared with the earliest:{" "}
      <ins className={INS}>added words</ins> are marked in the text, <del className={DEL}>missing words</del> are listed under it. Curly and straight
      quotes count as the same.
    </p>
  );
}
