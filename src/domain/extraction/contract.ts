import type { ArticleExtraction } from "./types";

/**
 * The stable JSON shape printed by `npm run extract` (docs/extraction.md).
 * Internal types may grow; this mapping is what outside tools rely on.
 */
export type ExtractionContract = {
  quotes: { text: string; start: number; end: number; speaker: string | null; speakerAsWritten: string | null }[];
  actors: { name: string; kind: string; mentions: { start: number; end: number; text: string }[] }[];
  figures: {
    text: string;
    start: number;
    end: number;
    value: number;
    kind: string;
    qualifier: string | null;
    asOf: string;
  }[];
  dates: { text: string; start: number; end: number; date: string; precision: string }[];
};

export function toContract(x: ArticleExtraction): ExtractionContract {
  return {
    quotes: x.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerAsWritten: q.speakerAsWritten,
    })),
    actors: x.actors.map((a) => ({
      name: a.name,
      kind: a.kind,
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    figures: x.figures.map((f) => ({
      text: f.text,
      start: f.start,
      end: f.end,
      value: f.value,
      kind: f.kind,
      qualifier: f.qualifier,
      asOf: f.asOf,
    })),
    dates: x.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, date: d.date, precision: d.precision })),
  };
}
