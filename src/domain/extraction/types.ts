/**
 * Types shared by every extraction step. Extraction is pure: raw article text
 * (already normalized, see ingestion/normalize-text.ts) in, spans out. Every
 * span is a half-open [start, end) range of UTF-16 code units into that text,
 * so `text.slice(start, end)` is always the exact excerpt.
 */

export type Span = { start: number; end: number };

/**
 * How precisely a date is known. A date value is written at its precision:
 * day "2025-11-11", week "2025-07-21" (the Monday that starts the week),
 * month "2025-09", year "2025". Never a midnight timestamp pretending to be exact.
 */
export type DatePrecision = "day" | "week" | "month" | "year";

export type ResolvedDate = {
  /** ISO-like value written at its precision (see DatePrecision). */
  date: string;
  precision: DatePrecision;
  /** True when the phrase is vague about its own bounds ("late last month", "about two weeks ago"). */
  approximate: boolean;
};

/** The article's publication date, the anchor for every relative expression. */
export type ArticleDate = ResolvedDate;

export type Paragraph = Span & { index: number };
export type Sentence = Span & { index: number; paragraph: number };

export type Segmentation = {
  paragraphs: Paragraph[];
  sentences: Sentence[];
};

export type ActorKind = "person" | "organization" | "country" | "group";

/** A name as written in one article, before or after it is tied to an actor. */
export type ExtractedMention = Span & {
  text: string;
  /** Canonical actor key (slug) this mention resolves to, or null when unresolved. */
  actorKey: string | null;
  /** How the link was made: recorded so a judgement can be reviewed and undone. */
  method: "exact" | "alias" | "surname" | "title" | "fuzzy" | "context" | "new";
  confidence: number;
};

export type ExtractedActor = {
  /** Stable key (slug of the canonical name), shared across articles. */
  key: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  /** True when the actor comes from the curated registry (seeds/actors.json). */
  curated: boolean;
  mentions: ExtractedMention[];
};

export type QuoteAttributionMethod =
  | "said-after" // “…,” X said
  | "said-before" // X said: “…”
  | "inverted" // “…,” said X
  | "told" // X told reporters “…”
  | "according-to"
  | "pronoun" // “…,” he said — refers back to the last named person
  | "continuation" // a quote continuing in the next paragraph or sentence
  | "embedded-post" // — @handle
  | "colon" // X: “…”
  | "spokesperson" // a spokesperson speaking for someone
  | "context" // nearest plausible speaker in the same paragraph
  | "description"; // "the admiral said" with no one in the article fitting: kept as written, no actor

export type ExtractedQuote = Span & {
  /** The words inside the quotation marks (== text.slice(start, end)). */
  text: string;
  /** The span of the speaker's name as written where the attribution was found (for pronouns, the antecedent). */
  speakerSpan: Span | null;
  speakerAsWritten: string | null;
  /** Filled by actor resolution: canonical actor key and name. */
  speakerKey: string | null;
  speaker: string | null;
  method: QuoteAttributionMethod | null;
  /** When the attribution says when the words were said ("said on Tuesday"). */
  saidDate: (ResolvedDate & Span & { text: string }) | null;
  /** Where, when stated ("told reporters ... from a US airbase"). */
  venue: (Span & { text: string }) | null;
  /** The quote continues an earlier quote (same utterance split over marks or paragraphs). */
  continuesQuote: number | null;
};

export type ExtractedDate = Span & ResolvedDate & { text: string };

export type FigureKind = "killed" | "strikes" | "survivors" | "vessels" | "other";

export type ExtractedFigure = Span & {
  text: string;
  value: number;
  kind: FigureKind;
  /** "at least", "more than", "nearly", "about", "up to", … or null when stated as exact. */
  qualifier: string | null;
  /** The date the figure is stated to hold at (usually the publication date). */
  asOf: string;
  asOfPrecision: DatePrecision;
};

/** The full extraction of one article. */
export type ArticleExtraction = {
  segmentation: Segmentation;
  quotes: ExtractedQuote[];
  actors: ExtractedActor[];
  dates: ExtractedDate[];
  figures: ExtractedFigure[];
};
