import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { segment } from "../../src/domain/extraction/segment";
import type {
  ActorKind,
  ArticleExtraction,
  DatePrecision,
  ExtractedActor,
  ExtractedDate,
  ExtractedFigure,
  ExtractedQuote,
  FigureKind,
  Span,
} from "../../src/domain/extraction/types";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";

/** Hand-built extraction fixtures for resolution tests: independent of the extractor's quality. */

const SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

export function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (!file) throw new Error(`no seed ${prefix}`);
  return normalizeText(readFileSync(join(SEEDS, file), "utf8"));
}

/** Span of the nth occurrence of `needle` (throws when absent, so a fixture typo fails loudly). */
export function at(text: string, needle: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not found: ${needle}`);
  }
  return { start: i, end: i + needle.length };
}

/** The segmenter's sentence containing `needle`. */
export function sentenceOf(text: string, needle: string) {
  const pos = at(text, needle).start;
  const s = segment(text).sentences.find((x) => pos >= x.start && pos < x.end);
  if (!s) throw new Error(`no sentence for ${needle}`);
  return s;
}

/** An actor with a mention at every occurrence of each written form. */
export function actor(text: string, key: string, kind: ActorKind, forms: string[]): ExtractedActor {
  const mentions: ExtractedActor["mentions"] = [];
  for (const form of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      if (mentions.some((m) => i < m.end && i + form.length > m.start)) continue;
      mentions.push({ start: i, end: i + form.length, text: form, actorKey: key, method: "exact", confidence: 1 });
    }
  }
  return { key, name: forms[0]!, kind, role: null, curated: true, mentions: mentions.sort((a, b) => a.start - b.start) };
}

export function date(text: string, phrase: string, value: string, precision: DatePrecision, approximate = false, nth = 0): ExtractedDate {
  const s = at(text, phrase, nth);
  return { ...s, text: phrase, date: value, precision, approximate };
}

export function quote(
  text: string,
  words: string,
  speaker: { key: string | null; name: string | null; written?: string } | null,
  extra: Partial<ExtractedQuote> = {},
): ExtractedQuote {
  const s = at(text, words);
  const sp = speaker?.written ? at(text, speaker.written) : null;
  return {
    ...s,
    text: words,
    speakerSpan: sp,
    speakerAsWritten: speaker?.written ?? null,
    speakerKey: speaker?.key ?? null,
    speaker: speaker?.name ?? null,
    method: speaker ? "said-after" : null,
    saidDate: null,
    venue: null,
    continuesQuote: null,
    ...extra,
  };
}

export function figure(text: string, phrase: string, value: number, kind: FigureKind, qualifier: string | null, asOf: string): ExtractedFigure {
  return { ...at(text, phrase), text: phrase, value, kind, qualifier, asOf, asOfPrecision: "day" };
}

export function extraction(text: string, parts: Partial<Omit<ArticleExtraction, "segmentation">> = {}): ArticleExtraction {
  return { segmentation: segment(text), quotes: [], actors: [], dates: [], figures: [], ...parts };
}

export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
