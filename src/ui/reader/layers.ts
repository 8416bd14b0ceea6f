import type { HighlightKind } from "../../db/queries/types";

/** The reader's highlight layers, in legend order, with what each one shows. */
export const READER_LAYERS: { kind: HighlightKind; label: string; hint: string }[] = [
  { kind: "quote", label: "Quotes", hint: "opens the quote across outlets" },
  { kind: "speaker", label: "Speakers", hint: "who the quote is credited to" },
  { kind: "mention", label: "Actors", hint: "opens the actor" },
  { kind: "date", label: "Dates", hint: "dates as written" },
  { kind: "figure", label: "Figures", hint: "opens the figure's claim" },
  { kind: "citation", label: "Claims", hint: "opens the claim" },
  { kind: "evidence", label: "Date evidence", hint: "how the publication date is known" },
];

const KINDS = new Set<string>(READER_LAYERS.map((l) => l.kind));

/**
 * Which layers are shown, from the reader's GET form: `layers=1` marks a
 * submitted form, then each checked box is a `show=KIND`. Without `layers`
 * (a plain link) every layer is shown.
 */
export function shownLayers(params: Record<string, string | string[] | undefined>): Set<HighlightKind> {
  if (params.layers === undefined) return new Set(READER_LAYERS.map((l) => l.kind));
  const raw = params.show;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return new Set(list.flatMap((v) => v.split(",")).filter((v): v is HighlightKind => KINDS.has(v)));
}
