/**
 * The authoring format for gold labels (tests/gold/labels/*.ts). Labels name
 * text, never offsets: build-gold.ts locates each item in the normalized
 * article and writes tests/gold/<id>.json with verified offsets.
 */

/** Where a labelled string sits: the n-th occurrence (1-based) at or after the first occurrence of `after`. */
export type Locator = { occurrence?: number; after?: string };

export type QuoteLabel = Locator & {
  text: string;
  speaker: string | null;
  speakerAsWritten: string | null;
  scare?: true;
  optional?: true;
};

export type FigureLabel = Locator & {
  text: string;
  value: number;
  kind: "killed" | "strikes" | "survivors" | "vessels";
  qualifier: string | null;
  /** Defaults to the publication date. */
  asOf?: string;
  optional?: true;
};

export type DateLabel = { date: string; precision: "day" | "week" | "month" | "year"; optional?: true };

export type ArticleLabels = {
  id: string;
  file: string;
  outlet: string;
  published: string;
  invented?: boolean;
  quotes: QuoteLabel[];
  /**
   * Canonical actor -> every surface form naming it. Every whole-word,
   * case-sensitive occurrence of each form is labelled; longer forms win
   * over shorter ones they overlap ("The Washington Post" before "Washington").
   */
  mentions: Record<string, string[]>;
  /** Same, but labelled optional (demonyms, credits, generic groups). */
  optionalMentions?: Record<string, string[]>;
  /** Occurrences that a form above would match but that are not mentions. */
  notMentions?: (Locator & { text: string })[];
  /** Phrases whose every occurrence blocks mentions inside them ("Latin America" is not the United States). */
  notMentionForms?: string[];
  figures: FigureLabel[];
  /** Date phrase -> value; every whole-word occurrence is labelled, longest phrase first. */
  dates: Record<string, DateLabel>;
  /** Per-occurrence overrides when the same phrase resolves differently. */
  dateOverrides?: (Locator & { text: string } & DateLabel)[];
  notDates?: (Locator & { text: string })[];
};

export function q(
  text: string,
  speaker: string | null,
  speakerAsWritten: string | null,
  extra: Partial<Pick<QuoteLabel, "occurrence" | "after" | "optional">> = {},
): QuoteLabel {
  return { text, speaker, speakerAsWritten, ...extra };
}

export function scare(text: string, extra: Locator = {}): QuoteLabel {
  return { text, speaker: null, speakerAsWritten: null, scare: true, ...extra };
}
