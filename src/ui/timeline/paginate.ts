/**
 * Pages of the timeline. Pure (no database, unit-tested).
 *
 * A page holds whole groups (months, or kinds), in reading order, up to
 * `size` events, so a month's heading, count and anchor sit on exactly one
 * page. Only a group larger than a page is cut, into near-equal parts
 * ("November 2025, part 2 of 3"). Pages are filled from the end readers
 * open first: by month that is the latest (a running story is read from
 * its newest developments), by kind the first (strikes).
 */

export type Group<T> = { key: string; label: string; events: T[] };

/** A group or, when a group is larger than a page, one part of it. */
export type Section<T> = Group<T> & { group: string; part: number; parts: number };

export type Page<T> = { key: string; sections: Section<T>[]; count: number };

/** The key of a group's later parts: `2025-11~2`. The first part keeps the group's own key, so links to a month need no part. */
export function partKey(group: string, part: number): string {
  return part === 1 ? group : `${group}~${part}`;
}

export function toSections<T>(groups: Group<T>[], size: number): Section<T>[] {
  return groups.flatMap((g) => {
    const parts = Math.max(1, Math.ceil(g.events.length / size));
    const per = Math.ceil(g.events.length / parts);
    return Array.from({ length: parts }, (_, i) => ({
      key: partKey(g.key, i + 1),
      group: g.key,
      label: g.label,
      part: i + 1,
      parts,
      events: g.events.slice(i * per, (i + 1) * per),
    }));
  });
}

export function paginate<T>(groups: Group<T>[], opts: { size: number; fill: "end" | "start" }): Page<T>[] {
  const sections = toSections(groups, opts.size);
  const ordered = opts.fill === "end" ? [...sections].reverse() : sections;
  const pages: Section<T>[][] = [];
  let current: Section<T>[] = [];
  let count = 0;
  for (const s of ordered) {
    if (current.length > 0 && count + s.events.length > opts.size) {
      pages.push(current);
      current = [];
      count = 0;
    }
    current.push(s);
    count += s.events.length;
  }
  if (current.length > 0) pages.push(current);
  const inOrder = opts.fill === "end" ? pages.reverse().map((p) => p.reverse()) : pages;
  return inOrder.map((p) => ({ key: p[0]!.key, sections: p, count: p.reduce((n, s) => n + s.events.length, 0) }));
}

export type PageRequest = { page?: string; event?: string };

/**
 * Which page to show: the one holding the requested event, else the one
 * holding the requested section or group key, else (for a date key such as
 * a month with no events) the page around where that date would fall, else
 * the page readers open first. `found` says whether the request was honoured.
 */
export function choosePage<T extends { id: string }>(
  pages: Page<T>[],
  req: PageRequest,
  opts: { fill: "end" | "start"; ordered: boolean },
): { index: number; found: boolean } {
  const fallback = opts.fill === "end" ? pages.length - 1 : 0;
  if (pages.length === 0) return { index: 0, found: !req.page && !req.event };
  if (req.event) {
    const i = pages.findIndex((p) => p.sections.some((s) => s.events.some((e) => e.id === req.event)));
    return i >= 0 ? { index: i, found: true } : { index: fallback, found: false };
  }
  if (!req.page) return { index: fallback, found: true };
  const exact = pages.findIndex((p) => p.sections.some((s) => s.key === req.page || s.group === req.page));
  if (exact >= 0) return { index: exact, found: true };
  if (opts.ordered) {
    // Keys are dates (YYYY, YYYY-MM) that sort as text: the last page starting at or before the key holds where it falls.
    const key = req.page.split("~")[0]!;
    let at = -1;
    pages.forEach((p, i) => {
      if (p.sections[0]!.group <= key) at = i;
    });
    return { index: Math.max(0, at), found: true };
  }
  return { index: fallback, found: false };
}
