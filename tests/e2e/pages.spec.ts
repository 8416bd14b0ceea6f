import { expect, test } from "@playwright/test";
import { expectAccessible, getJson, shot } from "./helpers";

type Article = { id: string; title: string; outlet: { name: string }; published: { date: string; basis: string; evidence: unknown } };
type Actor = { id: string; name: string; kind: string; aliases: string[]; articleCount: number };
type Claim = { id: string; proposition: string; outletCount: number; citationCount: number };
type Quote = { id: string; statements: { excerpt: string; article: { outlet: { name: string } } }[]; outletCount: number };
type Timeline = { total: number; events: { id: string; kind: string }[]; options: { kinds: { value: string; count: number }[] } };

test("overview shows the story in numbers and the latest events", async ({ page, request }) => {
  const { articles } = await getJson<{ articles: Article[] }>(request, "/api/articles");
  const timeline = await getJson<Timeline>(request, "/api/timeline");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The story in numbers");
  const articleStat = page.locator("dl > div").filter({ has: page.getByText("Articles", { exact: true }) });
  await expect(articleStat.locator("dd")).toHaveText(String(articles.length));
  expect(articles.length).toBeGreaterThanOrEqual(5);
  if (timeline.total > 0) await expect(page.getByTestId("event").first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "overview");
});

test("articles list every ingested article with how its date is known", async ({ page, request }) => {
  const { articles } = await getJson<{ articles: Article[] }>(request, "/api/articles");
  await page.goto("/articles");
  await expect(page.getByTestId("article-row")).toHaveCount(articles.length);
  for (const a of articles) await expect(page.getByRole("link", { name: a.title, exact: true })).toBeVisible();
  await expect(page.getByText("inferred", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "articles");
});

test("article reader shows outlet, date basis with its evidence, and the full text", async ({ page, request }) => {
  const { articles } = await getJson<{ articles: Article[] }>(request, "/api/articles");
  const a = articles.find((x) => x.published.evidence) ?? articles[0]!;
  const full = await getJson<{ text: string; highlights: unknown[] }>(request, `/api/articles/${a.id}`);
  await page.goto(`/articles/${a.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
  await expect(page.getByTestId("article-text")).toHaveText(full.text, { useInnerText: false });
  await expect(page.getByText(a.published.basis, { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "article");
});

test("actor directory groups by kind and searches names and aliases without case or accents", async ({ page, request }) => {
  const { actors } = await getJson<{ actors: Actor[] }>(request, "/api/actors");
  expect(actors.length, "the seeds should yield actors").toBeGreaterThan(0);
  await page.goto("/actors");
  await expect(page.getByTestId("actor-card").first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "actors");

  const target = actors[0]!;
  const query = target.name.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase();
  await page.getByLabel("Name or alias").fill(query);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole("link", { name: target.name, exact: true })).toBeVisible();
});

test("actor page shows role, statements, co-mentions and articles", async ({ page, request }) => {
  const { actors } = await getJson<{ actors: Actor[] }>(request, "/api/actors");
  const a = actors[0]!;
  await page.goto(`/actors/${a.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.name);
  await expect(page.getByRole("heading", { name: /^Articles \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Statements \(\d+\)$/ })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "actor");
});

test("a claim page lists citations from several outlets", async ({ page, request }) => {
  const { claims } = await getJson<{ claims: Claim[] }>(request, "/api/claims");
  await page.goto("/claims");
  await expectAccessible(page);
  await shot(page, "claims");
  const multi = claims.find((c) => c.outletCount >= 2);
  expect(multi, "some claim should be cited by two or more outlets").toBeTruthy();
  await page.getByRole("link", { name: multi!.proposition }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(multi!.proposition);
  await expect(page.getByTestId("citation")).toHaveCount(multi!.citationCount);
  const outlets = await page.getByTestId("citation").locator(".font-semibold.text-slate-900").allTextContents();
  expect(new Set(outlets).size).toBeGreaterThanOrEqual(2);
  await expectAccessible(page);
  await shot(page, "claim");
});

test("quotes show each outlet's wording side by side", async ({ page, request }) => {
  const { quotes } = await getJson<{ quotes: Quote[] }>(request, "/api/quotes");
  expect(quotes.length, "the seeds should yield quotes").toBeGreaterThan(0);
  await page.goto("/quotes");
  await expect(page.getByTestId("quote-row")).toHaveCount(quotes.length);
  await expectAccessible(page);
  await shot(page, "quotes");
  const q = quotes[0]!;
  await page.goto(`/quotes/${q.id}`);
  await expect(page.getByTestId("statement")).toHaveCount(q.statements.length);
  for (const s of q.statements) await expect(page.getByText(s.excerpt, { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "quote");
});

test("timeline filters narrow the events and live in the URL", async ({ page, request }) => {
  const all = await getJson<Timeline>(request, "/api/timeline");
  const shownIds = () => page.getByTestId("event").evaluateAll((els) => els.map((el) => el.id.replace(/^e-/, "")));
  await page.goto("/timeline");
  await expect(page.getByTestId("timeline-count")).toContainText(`${all.total} of ${all.total} events`);
  await expect(page.getByTestId("event").first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "timeline");
  const kind = all.options.kinds.find((k) => k.count < all.total);
  expect(kind, "events of more than one kind are needed to test narrowing").toBeTruthy();
  await page.getByLabel("Kind").selectOption(kind!.value);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]kind=${kind!.value}(&|$)`));
  await expect(page.getByTestId("timeline-count")).toContainText(`${kind!.count} of ${all.total}`);
  const ofKind = new Set(all.events.filter((e) => e.kind === kind!.value).map((e) => e.id));
  const shown = await shownIds();
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown) expect(ofKind.has(id), `${id} is a ${kind!.value}`).toBe(true);
  await shot(page, "timeline-filtered");

  // A date range far outside the story leaves nothing, and says so.
  await page.goto("/timeline?from=1990&to=1990-12");
  await expect(page.getByTestId("event")).toHaveCount(0);
  await expect(page.getByText("No events match these filters")).toBeVisible();
  // An invalid filter is reported and ignored, not a crash.
  await page.goto("/timeline?kind=nonsense");
  await expect(page.getByRole("alert").filter({ hasText: "filters were ignored" })).toContainText("kind");
  await expect(page.getByTestId("timeline-count")).toContainText(`${all.total} of ${all.total} events`);
});

test("pages fit a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [path, name] of [["/", "overview"], ["/timeline", "timeline"], ["/articles", "articles"]] as const) {
    await page.goto(path);
    await shot(page, `${name}-360px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test("unknown records are a 404 page", async ({ page }) => {
  const res = await page.goto("/actors/no-such-actor");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
