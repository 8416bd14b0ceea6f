import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { integerTicks, OWN_REPORTING, valueDomain, type ChartPoint, type SeriesStyle } from "./figure-points";

/**
 * Reported values over time as a static SVG string, drawn on the server with
 * Observable Plot over a linkedom document: readable without JavaScript.
 * One dot per reported value (fill and symbol per series), the value as
 * printed next to it ("at least 76"), a line per series with two or more
 * points. The SVG carries a <title> and aria-label/aria-description.
 */

export type ChartFrame = { width: number; height: number; fontSize: number };

export type FigureSvgOptions = ChartFrame & {
  title: string;
  description: string;
  yLabel: string;
};

const DAY = 86_400_000;
const utcDay = (s: string) => new Date(`${s}T00:00:00Z`);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dayTick = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
const monthTick = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

const credit = (source: string) => (source === OWN_REPORTING ? "no source named" : `attributed to ${source}`);

export function renderFigureSvg(points: readonly ChartPoint[], styles: readonly SeriesStyle[], o: FigureSvgOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const data = points.map((p) => ({ ...p, x: utcDay(p.day) }));
  const days = [...new Set(points.map((p) => p.day))].map(utcDay);
  const times = days.map((d) => d.getTime());
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const single = lo === hi;
  const xDomain: [Date, Date] = single ? [new Date(lo - 2 * DAY), new Date(hi + 2 * DAY)] : [new Date(lo), new Date(hi)];
  const maxTicks = Math.max(2, Math.floor(o.width / 90));
  const longSpan = hi - lo > 300 * DAY;
  const xTicks = days.length <= maxTicks ? days : undefined;
  const yDomain = valueDomain(points.map((p) => p.value));
  const seriesNames = styles.map((s) => s.name);
  const lined = new Set(styles.filter((s) => s.points > 1).map((s) => s.name));
  const labels = [...new Map(data.map((d) => [`${d.day}|${d.value}|${d.label}`, d])).values()];
  const inset = single ? 0 : Math.round(o.fontSize * (o.width < 500 ? 3.5 : 4.5));

  const svg = Plot.plot({
    document,
    width: o.width,
    height: o.height,
    marginTop: Math.round(o.fontSize * 2.6),
    marginLeft: Math.round(o.fontSize * 3.6),
    marginRight: Math.round(o.fontSize * 1.5),
    marginBottom: Math.round(o.fontSize * 2.6),
    className: "tl-figure-chart",
    style: { fontSize: `${o.fontSize}px`, fontFamily: "inherit", background: "transparent", overflow: "visible" },
    ariaLabel: o.title,
    ariaDescription: o.description,
    x: {
      type: "utc",
      domain: xDomain,
      insetLeft: inset,
      insetRight: inset,
      ticks: xTicks ?? maxTicks,
      tickFormat: longSpan ? monthTick : dayTick,
      label: null,
    },
    y: { domain: yDomain, ticks: integerTicks(yDomain[0], yDomain[1], Math.max(3, Math.floor(o.height / 50))), tickFormat: (v: number) => v.toLocaleString("en-US"), grid: true, label: o.yLabel },
    color: { domain: seriesNames, range: styles.map((s) => s.color) },
    symbol: { domain: seriesNames, range: styles.map((s) => s.symbol) },
    marks: [
      Plot.line(
        data.filter((d) => lined.has(d.series)),
        { x: "x", y: "value", z: "series", stroke: "series", strokeWidth: 2, strokeOpacity: 0.7, className: "tl-series-line", ariaHidden: "true" },
      ),
      Plot.dot(data, {
        x: "x",
        y: "value",
        fill: "series",
        symbol: "series",
        r: Math.round(o.fontSize * 0.5),
        stroke: "white",
        strokeWidth: 1.5,
        className: "tl-value-dot",
        ariaLabel: (d: (typeof data)[number]) => `${d.outlet}: ${d.label}, ${d.whenNote}, ${credit(d.source)}`,
        title: (d: (typeof data)[number]) => `${d.outlet}: ${d.label} (${d.whenNote}; ${credit(d.source)})`,
      }),
      Plot.text(labels, {
        x: "x",
        y: "value",
        text: "label",
        dy: -Math.round(o.fontSize * 1.2),
        fontWeight: 600,
        fill: "currentColor",
        stroke: "white",
        strokeWidth: 3,
        className: "tl-value-label",
        ariaHidden: "true",
      }),
    ],
  }) as unknown as Element;

  svg.setAttribute("role", "img");
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.textContent = `${o.title}. ${o.description}`;
  svg.insertBefore(title, svg.firstChild);
  return svg.outerHTML;
}
