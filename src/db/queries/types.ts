/**
 * The plain, serializable shapes the query layer hands to pages, components
 * and the JSON API. Every piece of source wording travels as a SpanRef whose
 * excerpt is article.text.slice(start, end), computed at read time.
 */
import type {
  ActorKind,
  ClaimKind,
  ClaimStatus,
  DateBasis,
  DatePrecision,
  EventKind,
  Stance,
} from "../../generated/prisma/enums";

export type { ActorKind, ClaimKind, ClaimStatus, DateBasis, DatePrecision, EventKind, Stance };

export type DateValue = { date: string; precision: DatePrecision; approximate?: boolean };

export type SpanRef = { articleId: string; start: number; end: number; excerpt: string };

export type OutletRef = { id: string; name: string };

export type ActorRef = { id: string; name: string; kind: ActorKind };

export type PublishedInfo = DateValue & {
  basis: DateBasis;
  note: string | null;
  evidence: SpanRef | null;
};

/** An article as a source: enough to label a citation with outlet and date. */
export type ArticleRef = {
  id: string;
  title: string;
  outlet: OutletRef;
  published: PublishedInfo;
};

export type ArticleSummary = ArticleRef & {
  byline: string | null;
  url: string | null;
  length: number;
  counts: { mentions: number; statements: number; citations: number; figures: number; events: number };
};

export type HighlightKind = "quote" | "speaker" | "mention" | "figure" | "date" | "citation" | "evidence" | "event";

export type Highlight = {
  kind: HighlightKind;
  start: number;
  end: number;
  /** Where the highlight leads (an actor, quote, claim page), if anywhere. */
  href: string | null;
  label: string;
};

export type ArticleDetail = ArticleSummary & {
  text: string;
  sourceKey: string;
  highlights: Highlight[];
  statements: StatementInstance[];
  citations: (CitationInstance & { claim: { id: string; proposition: string } })[];
  figures: FigureInstance[];
  actors: (ActorRef & { mentions: number })[];
};

export type StatementInstance = SpanRef & {
  id: string;
  quoteId: string;
  article: ArticleRef;
  speaker: ActorRef | null;
  speakerAsWritten: string | null;
  said: DateValue | null;
  saidSpan: SpanRef | null;
  venue: string | null;
};

export type CitationSource = { name: string; actorId: string | null; span: SpanRef | null };

export type CitationInstance = SpanRef & {
  id: string;
  article: ArticleRef;
  stance: Stance;
  attributedTo: ActorRef | null;
  attributionText: string | null;
  attributionSpan: SpanRef | null;
  sources: CitationSource[];
  value: number | null;
  qualifier: string | null;
  asOf: DateValue | null;
};

export type FigureInstance = SpanRef & {
  id: string;
  article: ArticleRef;
  kind: string;
  value: number;
  qualifier: string | null;
  asOf: DateValue;
  claimIds: string[];
  /** Who the outlet credits for the number, from the citations that cite this figure. */
  attributedTo: ActorRef | null;
  attributionText: string | null;
};

export type ActorSummary = ActorRef & {
  role: string | null;
  description: string | null;
  curated: boolean;
  aliases: string[];
  articleCount: number;
  statementCount: number;
  mentionCount: number;
};

export type ActorDetail = ActorSummary & {
  statements: StatementInstance[];
  citations: (CitationInstance & { claim: ClaimRef })[];
  coMentioned: (ActorRef & { sharedArticles: number })[];
  articles: (ArticleRef & { mentions: number; statements: number })[];
  events: TimelineEvent[];
};

export type ClaimRef = { id: string; proposition: string; kind: ClaimKind; status: ClaimStatus; metric: string | null };

export type ClaimSummary = ClaimRef & {
  curated: boolean;
  citationCount: number;
  outletCount: number;
  supports: number;
  denies: number;
  /** Figure claims: every reported value, never merged. */
  values: ReportedValue[];
};

export type ReportedValue = {
  value: number;
  qualifier: string | null;
  asOf: DateValue | null;
  outlet: OutletRef;
  articleId: string;
  start: number;
  end: number;
  excerpt: string;
  attribution: string | null;
};

export type ClaimDetail = ClaimSummary & { citations: CitationInstance[] };

export type QuoteSummary = {
  id: string;
  speaker: ActorRef | null;
  firstSaid: DateValue | null;
  /** One per outlet rendering, earliest article first. */
  statements: StatementInstance[];
  outletCount: number;
};

export type EventSourceRef = SpanRef & {
  id: string;
  article: ArticleRef;
  title: SpanRef;
  datePhrase: SpanRef | null;
};

export type TimelineEvent = {
  id: string;
  kind: EventKind;
  when: DateValue;
  region: string | null;
  /** The clause of the earliest source that names the event, as written. */
  title: SpanRef | null;
  actors: ActorRef[];
  sources: EventSourceRef[];
  quoteId: string | null;
};

export type TimelineMonth = { key: string; label: string; events: TimelineEvent[] };

export type FacetOption = { value: string; label: string; count: number };

export type TimelineResult = {
  events: TimelineEvent[];
  total: number;
  options: { actors: FacetOption[]; outlets: FacetOption[]; kinds: FacetOption[] };
};

export type Overview = {
  counts: { articles: number; outlets: number; actors: number; claims: number; quotes: number; events: number };
  latestEvents: TimelineEvent[];
  tallies: Tally[];
  outlets: (OutletRef & { articles: number })[];
};

/** Every value reported for one metric, side by side. */
export type Tally = {
  key: string;
  label: string;
  claim: ClaimRef | null;
  values: ReportedValue[];
  distinctValues: number;
};
