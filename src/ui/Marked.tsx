import type { MarkedText } from "../db/queries/search-text";

/** Text with the ranges that matched a search in <mark>; the characters themselves are untouched. */
export function Marked({ text, marks }: MarkedText) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(
      <mark key={m.start} className="rounded-sm bg-yellow-200 dark:bg-yellow-800 px-0.5 text-slate-950 dark:text-slate-50">
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
