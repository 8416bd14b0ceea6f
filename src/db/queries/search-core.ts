import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { STATEMENT_SELECT, toStatement } from "./instances";
import {
  markNameWords,
  markWords,
  marksWithin,
  nameMatch,
  positiveLexemes,
  queryTokens,
  vectorLexemes,
  windowAround,
  wordsOf,
  mergeMarks,
  negatedTerms,
  type Mark,
  type MarkedText,
} from "./search-text";
import { compareBy, loadArticleIndex, normalizeForSearch, sliceSpan } from "./shared";
import type { ActorRef, ArticleRef, ClaimRef, SpanRef, StatementInstance } from "./types";

/**
 * Search across actors, quotes, claims and articles. Postgres full-text search
 * (generated tsvector columns with GIN indexes, migration add_search) finds and
 * ranks; the words to highlight are found here, over the exact excerpt shown,
 * by asking Postgres for each excerpt word's lexemes: nothing is rewritten, and
 * every excerpt is still article.text.slice(start, end). Actor names also match
 * fuzzily in JS over ActorAlias.normalized (pg_trgm is not available on PGlite).
 */

export const SEARCH_MAX_LENGTH = 200;

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(SEARCH_MAX_LENGTH, `must be at most ${SEARCH_MAX_LENGTH} characters`),
});

export type ActorHit = Omit<ActorRef, "name"> & {
  role: string | null;
  name: MarkedText;
  /** The alias that matched, when it is not the name itself. */
  alias: MarkedText | null;
  /**
   * exact: a name word as typed; prefix: a name word starting as typed ("Barr" for Barrot); similar: a near
   * spelling ("Barrault" for "Barrot"), shown as such; text: role or description.
   */
  match: "exact" | "prefix" | "similar" | "text";
  mentionCount: number;
};

export type QuoteHit = {
  quoteId: string;
  speaker: ActorRef | null;
  /** The best-ranked outlet's wording, verbatim, with the matching words marked. */
  statement: StatementInstance;
  marks: MarkedText["marks"];
  outletCount: number;
  /** words: the wording matches; speaker: said by an actor the query names. */
  via: "words" | "speaker";
};

export type ClaimHit = ClaimRef & { proposition: string; marks: MarkedText["marks"]; citationCount: number };

export type ArticleHit = {
  article: ArticleRef;
  title: MarkedText;
  /** A window of the text around the first match: article.text.slice(start, end). */
  excerpt: SpanRef;
  marks: MarkedText["marks"];
  matchCount: number;
  /** The article's length, to tell whether the excerpt is cut. */
  length: number;
};

export type SearchResults = {
  query: string;
  /** The words looked for (Postgres lexemes, stemmed); empty when the query holds only stop words. */
  terms: string[];
  actors: ActorHit[];
  quotes: QuoteHit[];
  claims: ClaimHit[];
  articles: ArticleHit[];
  total: number;
};

const LIMIT = 25;

const MATCH_ORDER: Record<ActorHit["match"], number> = { exact: 0, prefix: 1, similar: 2, text: 3 };

type Ranked = { id: string; rank: number };

/** Each word's english lexemes, one query for all of them. */
async function lexemesOf(prisma: PrismaClient, words: string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  if (unique.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ w: string; v: string }[]>`
    SELECT w, to_tsvector('english', w)::text AS v
    FROM jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb) AS w`;
  return new Map(rows.map((r) => [r.w, vectorLexemes(r.v)]));
}

/** A matcher for words of the given texts: true when a word stems to one of the query's lexemes. */
async function wordMatcher(prisma: PrismaClient, terms: string[], texts: string[]): Promise<(word: string) => boolean> {
  if (terms.length === 0) return () => false;
  const wanted = new Set(terms);
  // A stem keeps its word's first letters: only words that could stem to a term are looked up.
  const prefixes = new Set(terms.map((t) => t.slice(0, 2)));
  const candidates = texts.flatMap((t) => wordsOf(t).map((w) => w.word)).filter((w) => prefixes.has(w.toLowerCase().slice(0, 2)));
  const lex = await lexemesOf(prisma, candidates);
  return (word) => (lex.get(word.toLowerCase()) ?? []).some((l) => wanted.has(l));
}

async function searchActors(prisma: PrismaClient, q: string): Promise<ActorHit[]> {
  const tokens = queryTokens(q);
  // Names are matched on the folded query words without stop words ("the" names no one).
  const nameQuery = tokens.join(" ");
  const [textRanked, aliasRanked, aliases] = await Promise.all([
    prisma.$queryRaw<Ranked[]>`
      SELECT a.id, ts_rank(a."searchVector", query)::float8 AS rank
      FROM "Actor" a, (SELECT websearch_to_tsquery('simple', ${nameQuery}) || websearch_to_tsquery('english', ${q}) AS query) s
      WHERE a."searchVector" @@ s.query
      ORDER BY rank DESC, a.id
      LIMIT 100`,
    prisma.$queryRaw<{ actorId: string }[]>`
      SELECT DISTINCT aa."actorId"
      FROM "ActorAlias" aa
      WHERE aa."searchVector" @@ websearch_to_tsquery('simple', ${nameQuery})`,
    prisma.actorAlias.findMany({ select: { actorId: true, alias: true, normalized: true } }),
  ]);
  const actors = await prisma.actor.findMany({ select: { id: true, name: true, kind: true, role: true } });
  const byId = new Map(actors.map((a) => [a.id, a]));

  type Scored = { id: string; score: number; match: ActorHit["match"]; alias: string | null };
  const best = new Map<string, Scored>();
  // An actor is listed by its best way of matching: an exact alias beats a near spelling of the name.
  const offer = (s: Scored) => {
    const prev = best.get(s.id);
    if (!prev || MATCH_ORDER[s.match] < MATCH_ORDER[prev.match] || (s.match === prev.match && s.score > prev.score)) best.set(s.id, s);
  };
  // Names and aliases, folded, against the folded query: exact words, prefixes and near spellings.
  for (const a of actors) {
    const m = nameMatch(tokens, normalizeForSearch(a.name));
    if (m) offer({ id: a.id, score: 2 + m.score, match: m.kind, alias: null });
  }
  for (const al of aliases) {
    const m = nameMatch(tokens, al.normalized);
    if (m) offer({ id: al.actorId, score: 2 + m.score - 0.01, match: m.kind, alias: al.alias });
  }
  for (const r of aliasRanked) offer({ id: r.actorId, score: 2.5, match: "exact", alias: null });
  for (const r of textRanked) offer({ id: r.id, score: Math.min(1, r.rank), match: "text", alias: null });

  const ids = [...best.keys()].filter((id) => byId.has(id));
  const mentions = ids.length
    ? await prisma.mention.groupBy({ by: ["actorId"], where: { actorId: { in: ids } }, _count: { _all: true } })
    : [];
  const mentionCount = new Map(mentions.map((m) => [m.actorId ?? "", m._count._all]));
  const hits: (ActorHit & { score: number })[] = ids.map((id) => {
    const a = byId.get(id)!;
    const s = best.get(id)!;
    const nameMarks = markNameWords(a.name, tokens);
    // Show the alias that matched when the name itself shows no match ("Barrault" for Jean-Noël Barrot).
    const alias = s.alias && s.alias !== a.name && nameMarks.length === 0 ? { text: s.alias, marks: markNameWords(s.alias, tokens) } : null;
    return {
      id: a.id,
      name: { text: a.name, marks: nameMarks },
      kind: a.kind,
      role: a.role,
      alias,
      match: s.match,
      mentionCount: mentionCount.get(id) ?? 0,
      score: s.score,
    };
  });
  return hits
    .sort(compareBy((h) => MATCH_ORDER[h.match], (h) => -h.score, (h) => -h.mentionCount, (h) => h.name.text))
    .slice(0, LIMIT)
    .map(({ score: _score, ...hit }) => hit);
}

async function rankStatements(prisma: PrismaClient, q: string): Promise<string[]> {
  const ranked = await prisma.$queryRaw<{ id: string; quoteId: string; rank: number }[]>`
    SELECT st.id, st."quoteId", ts_rank(st."searchVector", query)::float8 AS rank
    FROM "Statement" st, websearch_to_tsquery('english', ${q}) AS query
    WHERE st."searchVector" @@ query
    ORDER BY rank DESC, st.id
    LIMIT 200`;
  // One hit per quote: its best-ranked wording.
  const bestPerQuote = new Map<string, string>();
  for (const r of ranked) if (!bestPerQuote.has(r.quoteId)) bestPerQuote.set(r.quoteId, r.id);
  return [...bestPerQuote.values()];
}

/** The first statement of each quote the named actors said, for quotes the words did not find. */
async function statementsBySpeakers(prisma: PrismaClient, speakerIds: string[]): Promise<string[]> {
  if (speakerIds.length === 0) return [];
  const rows = await prisma.statement.findMany({
    where: { quote: { speakerId: { in: speakerIds } } },
    select: { id: true, quoteId: true },
    orderBy: [{ article: { publishedSort: "asc" } }, { start: "asc" }],
  });
  const first = new Map<string, string>();
  for (const r of rows) if (!first.has(r.quoteId)) first.set(r.quoteId, r.id);
  return [...first.values()];
}

async function loadStatements(prisma: PrismaClient, ids: string[]): Promise<{ statement: StatementInstance; outletCount: number }[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.statement.findMany({ where: { id: { in: ids } }, select: STATEMENT_SELECT });
  const outlets = await prisma.statement.findMany({
    where: { quoteId: { in: rows.map((r) => r.quoteId) } },
    select: { quoteId: true, article: { select: { outletId: true } } },
  });
  const ix = await loadArticleIndex(prisma, rows.map((r) => r.articleId));
  const outletSets = new Map<string, Set<string>>();
  for (const o of outlets) {
    const set = outletSets.get(o.quoteId) ?? new Set<string>();
    set.add(o.article.outletId);
    outletSets.set(o.quoteId, set);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ statement: toStatement(r, ix), outletCount: outletSets.get(r.quoteId)?.size ?? 1 }] : [];
  });
}

async function searchClaims(prisma: PrismaClient, q: string) {
  const ranked = await prisma.$queryRaw<Ranked[]>`
    SELECT c.id, ts_rank(c."searchVector", query)::float8 AS rank
    FROM "Claim" c, websearch_to_tsquery('english', ${q}) AS query
    WHERE c."searchVector" @@ query
    ORDER BY rank DESC, c.id
    LIMIT ${LIMIT}`;
  const rows = await prisma.claim.findMany({
    where: { id: { in: ranked.map((r) => r.id) } },
    select: { id: true, proposition: true, kind: true, status: true, metric: true, _count: { select: { citations: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r) => {
    const c = byId.get(r.id);
    return c ? [c] : [];
  });
}

async function rankArticles(prisma: PrismaClient, q: string): Promise<Ranked[]> {
  return prisma.$queryRaw<Ranked[]>`
    SELECT a.id, ts_rank(a."searchVector", query)::float8 AS rank
    FROM "Article" a, websearch_to_tsquery('english', ${q}) AS query
    WHERE a."searchVector" @@ query
    ORDER BY rank DESC, a."publishedSort" DESC, a.id
    LIMIT ${LIMIT}`;
}

/**
 * The actors a name query is about: those matching exactly, or else those
 * whose name starts as typed, or else those of a near spelling. Their mentions
 * find articles that spell the name otherwise ("Barrault" when the query is
 * "Barrot").
 */
function namedActors(actors: ActorHit[]): string[] {
  for (const kind of ["exact", "prefix", "similar"] as const) {
    const named = actors.filter((a) => a.match === kind);
    if (named.length) return named.slice(0, 5).map((a) => a.id);
  }
  return [];
}

async function loadArticles(prisma: PrismaClient, ids: string[]) {
  const ix = await loadArticleIndex(prisma, ids);
  const texts = new Map(
    (await prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } })).map((a) => [a.id, a.text]),
  );
  return ids.flatMap((id) => {
    const text = texts.get(id);
    return text === undefined ? [] : [{ ref: ix.ref(id), text }];
  });
}

/** Articles holding a word the query excludes (`-Rubio`): found by name, they must still honour it. */
async function excludedArticles(prisma: PrismaClient, q: string): Promise<string[]> {
  const negated = negatedTerms(q);
  if (negated.length === 0) return [];
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Article" a WHERE a."searchVector" @@ websearch_to_tsquery('english', ${negated.join(" or ")})`;
  return rows.map((r) => r.id);
}

/** The query's positive lexemes, as Postgres parses and stems it. */
async function termsOf(prisma: PrismaClient, q: string): Promise<string[]> {
  const [row] = await prisma.$queryRaw<{ t: string }[]>`SELECT websearch_to_tsquery('english', ${q})::text AS t`;
  return positiveLexemes(row?.t ?? "");
}

/** Search one database (the app's, or a test's); `search()` in search.ts is the app's entry point. */
export async function searchDatabase(prisma: PrismaClient, rawQuery: string): Promise<SearchResults> {
  const q = rawQuery.trim().slice(0, SEARCH_MAX_LENGTH);
  const [terms, actors, statementIds, claimRows, articleRanks] = await Promise.all([
    termsOf(prisma, q),
    searchActors(prisma, q),
    rankStatements(prisma, q),
    searchClaims(prisma, q),
    rankArticles(prisma, q),
  ]);
  const named = namedActors(actors);
  const excluded = await excludedArticles(prisma, q);
  const mentions = named.length
    ? await prisma.mention.findMany({
        where: { actorId: { in: named }, articleId: { notIn: excluded } },
        select: { articleId: true, start: true, end: true },
        orderBy: { start: "asc" },
      })
    : [];
  const mentionMarks = new Map<string, Mark[]>();
  for (const m of mentions) mentionMarks.set(m.articleId, [...(mentionMarks.get(m.articleId) ?? []), { start: m.start, end: m.end }]);
  const articleIds = [...new Set([...articleRanks.map((r) => r.id), ...mentionMarks.keys()])].slice(0, LIMIT);
  const articleRows = await loadArticles(prisma, articleIds);
  const byWords = new Set(statementIds);
  const spoken = (await statementsBySpeakers(prisma, named)).filter((id) => !byWords.has(id));
  const quoteRows = await loadStatements(prisma, [...statementIds, ...spoken].slice(0, LIMIT));
  // A quote found by its words and by its speaker is listed once.
  const seenQuotes = new Set<string>();
  const uniqueQuoteRows = quoteRows.filter((r) => !seenQuotes.has(r.statement.quoteId) && !!seenQuotes.add(r.statement.quoteId));
  const matches = await wordMatcher(prisma, terms, [
    ...uniqueQuoteRows.map((r) => r.statement.excerpt),
    ...claimRows.map((c) => c.proposition),
    ...articleRows.flatMap((a) => [a.ref.title, a.text]),
  ]);

  const quotes: QuoteHit[] = uniqueQuoteRows.map(({ statement, outletCount }) => ({
    quoteId: statement.quoteId,
    speaker: statement.speaker,
    statement,
    marks: markWords(statement.excerpt, matches),
    outletCount,
    via: byWords.has(statement.id) ? "words" : "speaker",
  }));
  const claims: ClaimHit[] = claimRows.map((c) => ({
    id: c.id,
    proposition: c.proposition,
    kind: c.kind,
    status: c.status,
    metric: c.metric,
    marks: markWords(c.proposition, matches),
    citationCount: c._count.citations,
  }));
  const articles: ArticleHit[] = articleRows.map(({ ref, text }) => {
    const all = mergeMarks(markWords(text, matches), mentionMarks.get(ref.id) ?? []);
    const win = windowAround(text, all);
    return {
      article: ref,
      title: { text: ref.title, marks: markWords(ref.title, matches) },
      excerpt: sliceSpan(ref.id, text, win.start, win.end),
      marks: marksWithin(all, win.start, win.end),
      matchCount: all.length,
      length: text.length,
    };
  });
  return {
    query: q,
    terms,
    actors,
    quotes,
    claims,
    articles,
    total: actors.length + quotes.length + claims.length + articles.length,
  };
}
