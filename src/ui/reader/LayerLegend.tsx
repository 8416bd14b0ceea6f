import type { Highlight, HighlightKind } from "../../db/queries/types";
import { KIND_CLASS } from "../HighlightedText";
import { LayerSync } from "./LayerSync";
import { READER_LAYERS } from "./layers";

/**
 * The legend of the article reader, one checkbox per layer present in the
 * article. Must sit inside the `group/reader` element that holds the text:
 * an unchecked `#layer-KIND` hides that layer through CSS :has().
 */
export function LayerLegend({ highlights, shown }: { highlights: Highlight[]; shown: Set<HighlightKind> }) {
  const counts = new Map<HighlightKind, number>();
  for (const h of highlights) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
  const layers = READER_LAYERS.filter((l) => counts.has(l.kind));
  if (layers.length === 0) return null;
  return (
    <form id="reader-layers" method="get" className="mb-4 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 px-3 py-2" data-testid="reader-legend">
      <fieldset>
        <legend className="float-left mr-3 text-xs font-bold uppercase tracking-widest text-slate-700 dark:text-slate-300">Highlights</legend>
        <input type="hidden" name="layers" value="1" />
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200">
          {layers.map((l) => (
            <li key={l.kind}>
              <label className="inline-flex cursor-pointer items-center gap-1.5" title={l.hint}>
                <input
                  type="checkbox"
                  id={`layer-${l.kind}`}
                  name="show"
                  value={l.kind}
                  defaultChecked={shown.has(l.kind)}
                  className="size-4 accent-teal-700 dark:accent-teal-300"
                />
                <span className={`px-1 ${KIND_CLASS[l.kind]}`}>{l.label}</span>
                <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">{counts.get(l.kind)}</span>
              </label>
            </li>
          ))}
          <li>
            <button type="submit" data-apply className="rounded border border-slate-300 dark:border-slate-700 px-2 py-0.5 text-xs font-medium text-slate-800 dark:text-slate-200 hover:bg-slate-100 dark:hover:bg-slate-800">
              Show selected
            </button>
          </li>
        </ul>
      </fieldset>
      <LayerSync formId="reader-layers" />
    </form>
  );
}
