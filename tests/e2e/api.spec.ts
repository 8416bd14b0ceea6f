import { expect, test } from "@playwright/test";
import { getJson, type Span } from "./helpers";

type ArticleFull = {
  id: string;
  text: string;
  highlights: { start: number; end: number }[];
  statements: Span[];
  citations: Span[];
  figures: Span[];
  published: { evidence: Span | null };
};

function expectExact(text: string, span: Span, what: string) {
  expect(span.excerpt, `${what} ${span.start}-${span.end}`).toBe(text.slice(span.start, span.end));
  expect(span.end).toBeGreaterThan(span.start);
}

test("article API returns the text and spans that slice it exactly", async ({ request }) => {
  const { articles } = await getJson<{ articles: { id: string }[] }>(request, "/api/articles");
  expect(articles.length).toBeGreaterThanOrEqual(5);
  let checked = 0;
  for (const { id } of articles) {
    const a = await getJson<ArticleFull>(request, `/api/articles/${id}`);
    expect(typeof a.text).toBe("string");
    for (const s of [...a.statements, ...a.citations, ...a.figures]) {
      expectExact(a.text, s, "span");
      expect(s.articleId).toBe(id);
      checked++;
    }
    if (a.published.evidence) expectExact(a.text, a.published.evidence, "date evidence");
    for (const h of a.highlights) expect(h.end).toBeLessThanOrEqual(a.text.length);
  }
  expect(checked, "the seeds should yield spans").toBeGreaterThan(0);
});

test("claim, quote and timeline APIs carry exact excerpts", async ({ request }) => {
  const texts = new Map<string, string>();
  const textOf = async (id: string) => {
    if (!texts.has(id)) texts.set(id, (await getJson<ArticleFull>(request, `/api/articles/${id}`)).text);
    return texts.get(id)!;
  };
  const { claims } = await getJson<{ claims: { id: string }[] }>(request, "/api/claims");
  expect(claims.length, "the seeds should yield claims").toBeGreaterThan(0);
  for (const { id } of claims) {
    const c = await getJson<{ citations: Span[] }>(request, `/api/claims/${id}`);
    for (const s of c.citations) expectExact(await textOf(s.articleId), s, `claim ${id} citation`);
  }
  const { quotes } = await getJson<{ quotes: { statements: Span[] }[] }>(request, "/api/quotes");
  for (const s of quotes.flatMap((q) => q.statements)) expectExact(await textOf(s.articleId), s, "statement");
  const { events } = await getJson<{ events: { sources: (Span & { title: Span })[] }[] }>(request, "/api/timeline");
  for (const src of events.flatMap((e) => e.sources)) {
    expectExact(await textOf(src.articleId), src, "event source");
    expectExact(await textOf(src.articleId), src.title, "event title");
  }
});

test("actors carry article and statement counts", async ({ request }) => {
  const { actors } = await getJson<{ actors: { id: string; articleCount: number; statementCount: number }[] }>(request, "/api/actors");
  expect(actors.length).toBeGreaterThan(0);
  for (const a of actors) {
    expect(Number.isInteger(a.articleCount)).toBe(true);
    expect(Number.isInteger(a.statementCount)).toBe(true);
  }
  const one = await getJson<{ id: string; articleCount: number }>(request, `/api/actors/${actors[0]!.id}`);
  expect(one.articleCount).toBe(actors[0]!.articleCount);
});

test("invalid parameters are 400 with a clear message; unknown ids are 404", async ({ request }) => {
  const bad = [
    "/api/timeline?kind=nonsense",
    "/api/timeline?from=2025-13",
    "/api/timeline?from=2025-11-31",
    "/api/timeline?from=2025-11&to=2025-09",
    "/api/timeline?colour=red",
    "/api/actors?kind=robot",
    "/api/articles/has%20space",
    "/api/claims/%2E%2Ebad%24",
  ];
  for (const path of bad) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    const body = (await res.json()) as { error?: unknown };
    expect(typeof body.error, path).toBe("string");
  }
  for (const path of ["/api/articles/no-such-article", "/api/actors/no-such-actor", "/api/claims/no-such-claim", "/api/quotes/no-such-quote"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(((await res.json()) as { error?: unknown }).error, path).toEqual(expect.any(String));
  }
});
