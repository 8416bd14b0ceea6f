import type { Highlight } from "../db/queries/types";

export type Segment = { start: number; end: number; covering: Highlight[] };

/**
 * Cut the text at every span boundary so overlapping and nested spans each
 * cover whole segments; each segment knows every span it lies inside.
 */
export function splitAtBoundaries(length: number, highlights: Highlight[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(length, h.start)));
    cuts.add(Math.max(0, Math.min(length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...highlights].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let open: Highlight[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) open.push(byStart[next++]!);
    open = open.filter((h) => h.end > a);
    segments.push({ start: a, end: b, covering: open.filter((h) => h.start <= a && h.end >= b) });
  }
  return segments;
}
