import type { Page, Section } from "./paginate";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sep 2025", "1983", "strike"; a cut group says which part: "Nov 2025 (2/3)". */
export function sectionShortLabel(s: Pick<Section<unknown>, "group" | "part" | "parts">): string {
  const m = /^(\d{4})-(\d{2})$/.exec(s.group);
  const base = m ? `${MONTHS[Number(m[2]) - 1] ?? ""} ${m[1]}` : s.group;
  return s.parts > 1 ? `${base} (${s.part}/${s.parts})` : base;
}

/** A page named by what it covers: "Aug 2025 – Oct 2025", or one month. */
export function pageLabel(p: Page<unknown>): string {
  const first = sectionShortLabel(p.sections[0]!);
  const last = sectionShortLabel(p.sections[p.sections.length - 1]!);
  return first === last ? first : `${first} – ${last}`;
}

const link = "inline-block rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-3 py-1.5 font-medium text-teal-800 dark:text-teal-200 underline-offset-2 hover:underline";

/**
 * Links to the neighbouring pages, named by the months (or kinds) they hold.
 * Plain links: they work without JavaScript and every page is a URL to share.
 */
export function TimelinePager({
  pages,
  index,
  hrefOf,
  label,
  before,
  after,
}: {
  pages: Page<unknown>[];
  index: number;
  hrefOf: (page: Page<unknown>) => string;
  label: string;
  /** What lies before page 0 in reading order: "Earlier events" by date, "Previous kinds" by kind. */
  before: string;
  after: string;
}) {
  if (pages.length < 2) return null;
  const prev = pages[index - 1];
  const next = pages[index + 1];
  return (
    <nav aria-label={label} className="my-4 flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="timeline-pager">
      {prev ? (
        <a href={hrefOf(prev)} rel="prev" className={link} data-testid="pager-prev">
          <span aria-hidden="true">← </span>
          {before}: {pageLabel(prev)} ({prev.count})
        </a>
      ) : (
        <span />
      )}
      <span className="text-slate-600 dark:text-slate-400">
        Page {index + 1} of {pages.length}
      </span>
      {next ? (
        <a href={hrefOf(next)} rel="next" className={link} data-testid="pager-next">
          {after}: {pageLabel(next)} ({next.count})
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
