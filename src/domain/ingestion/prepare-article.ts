import { createHash } from "node:crypto";
import type { ArticleDate, Span } from "../extraction/types";
import { detectByline, detectTitle } from "./detect-byline";
import { detectPublicationDate } from "./detect-publication-date";
import { IngestError } from "./ingest-error";
import { parsePublicationDate } from "./publication-date";

export type DateBasis = "stated" | "inferred" | "supplied";

/** One article ready for extraction and storage: text normalized, metadata validated. */
export type ArticleInput = {
  sourceKey: string;
  outletName: string;
  title: string;
  url: string | null;
  byline: string | null;
  published: ArticleDate;
  publishedBasis: DateBasis;
  publishedNote: string | null;
  publishedEvidence: Span | null;
  text: string;
  contentHash: string;
  sourceFile: string | null;
};

export type ArticleMetadata = {
  sourceKey: string;
  sourceFile?: string | null;
  outlet: string;
  title?: string | null;
  url?: string | null;
  byline?: string | null;
  published?: { date: string; basis: DateBasis; note?: string | null; evidence?: string | null } | null;
};

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Validate metadata against the text. A date given without evidence is taken
 * as supplied; a date the text states is found and pointed at; no date at all
 * is an error, because every relative date in the article hangs on it.
 */
export function prepareArticle(text: string, meta: ArticleMetadata): ArticleInput {
  const source = meta.sourceFile ?? meta.sourceKey;
  const detected = detectPublicationDate(text);
  let published: ArticleDate;
  let basis: DateBasis;
  let note: string | null = meta.published?.note ?? null;
  let evidence: Span | null = null;
  if (meta.published) {
    try {
      published = parsePublicationDate(meta.published.date);
    } catch (e) {
      throw new IngestError(source, `publication date: ${(e as Error).message}`);
    }
    basis = meta.published.basis;
    if (meta.published.evidence) {
      const at = text.indexOf(meta.published.evidence);
      if (at < 0) throw new IngestError(source, `publication date evidence "${meta.published.evidence}" is not in the text`);
      evidence = { start: at, end: at + meta.published.evidence.length };
    } else if (detected && detected.date.date === published.date) {
      evidence = detected.evidence;
      basis = "stated";
    }
  } else if (detected) {
    published = detected.date;
    basis = "stated";
    evidence = detected.evidence;
    note ??= "printed in the article";
  } else {
    throw new IngestError(source, "missing publication date: the text states none; pass --published YYYY-MM-DD (or YYYY-MM)");
  }
  return {
    sourceKey: meta.sourceKey,
    outletName: meta.outlet.trim(),
    title: meta.title?.trim() || detectTitle(text) || meta.sourceKey,
    url: meta.url ?? null,
    byline: meta.byline ?? detectByline(text),
    published,
    publishedBasis: basis,
    publishedNote: note,
    publishedEvidence: evidence,
    text,
    contentHash: hashText(text),
    sourceFile: meta.sourceFile ?? null,
  };
}
