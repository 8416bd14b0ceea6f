import type { ChartSymbol, SeriesStyle } from "./figure-points";
import { describePoints, seriesStyles, type ChartPoint } from "./figure-points";
import { renderFigureSvg, type ChartFrame } from "./plot-svg";

const FRAMES: Record<"full" | "compact", { wide: ChartFrame; narrow: ChartFrame }> = {
  full: { wide: { width: 900, height: 300, fontSize: 13 }, narrow: { width: 330, height: 240, fontSize: 12 } },
  compact: { wide: { width: 520, height: 190, fontSize: 12 }, narrow: { width: 340, height: 190, fontSize: 12 } },
};

function SymbolSwatch({ symbol, color }: { symbol: ChartSymbol; color: string }) {
  const shape = {
    circle: <circle cx="7" cy="7" r="5" />,
    square: <rect x="2.5" y="2.5" width="9" height="9" />,
    triangle: <path d="M7 1.5 L12.5 11.5 L1.5 11.5 Z" />,
    diamond: <path d="M7 1 L13 7 L7 13 L1 7 Z" />,
  }[symbol];
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill={color} className="shrink-0">
      {shape}
    </svg>
  );
}

export function ChartLegend({ styles, label }: { styles: readonly SeriesStyle[]; label: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200" aria-label={label} data-testid="chart-legend">
      {styles.map((s) => (
        <li key={s.name} className="inline-flex items-center gap-1.5">
          <SymbolSwatch symbol={s.symbol} color={s.color} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every reported value of a figure over time, as a server-rendered SVG (one
 * drawing for wide screens, one for narrow, so labels stay legible), with a
 * legend and a text alternative. The table of values should follow it.
 */
export function FigureChart({
  points,
  title,
  yLabel,
  seriesLabel,
  variant = "full",
  caption,
}: {
  points: readonly ChartPoint[];
  title: string;
  yLabel: string;
  seriesLabel: string;
  variant?: "full" | "compact";
  caption?: React.ReactNode;
}) {
  if (points.length === 0) return null;
  const styles = seriesStyles(points);
  const description = describePoints(points, yLabel);
  const frames = FRAMES[variant];
  const wide = renderFigureSvg(points, styles, { ...frames.wide, title, description, yLabel });
  const narrow = renderFigureSvg(points, styles, { ...frames.narrow, title, description, yLabel });
  return (
    <figure className="space-y-2" data-testid="figure-chart" data-points={points.length}>
      {caption ? <figcaption className="text-sm text-slate-700 dark:text-slate-300">{caption}</figcaption> : null}
      <ChartLegend styles={styles} label={`${seriesLabel}s in the chart`} />
      <div className="hidden text-slate-900 dark:text-slate-100 sm:block" data-testid="chart-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="text-slate-900 dark:text-slate-100 sm:hidden" data-testid="chart-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
      <p className="sr-only">{description}</p>
    </figure>
  );
}
