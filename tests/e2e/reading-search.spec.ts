import { expect, test } from "@playwright/test";
import { expectAccessible, getJson, shot, spanId, type Span } from "./helpers";

type Statement = Span & { quoteId: string; article: { outlet: { name: string } } };
type Quote = { id: string; speaker: { id: string; name: string } | null; statements: Statement[]; outletCount: number };

async function rubioEuQuote(request: Parameters<typeof getJson>[0]): Promise<Quote> {
  const { quotes } = await getJson<{ quotes: Quote[] }>(request, "/api/quotes");
  const q = quotes.find((x) => x.speaker?.id === "marco-rubio" && x.statements.some((s) => s.excerpt.includes("European Union")));
  expect(q, "Rubio's European Union remark should be one quote").toBeTruthy();
  expect(q!.outletCount, "carried by several outlets").toBeGreaterThan(1);
  return q!;
}

test("linked quote: each outlet's wording side by side, diffed word by word against the earliest", async ({ page, request }) => {
  const q = await rubioEuQuote(request);
  await page.goto(`/quotes/${q.id}`);
  const wordings = page.getByTestId("wording");
  await expect(wordings.first()).toBeVisible();
  expect(await wordings.count()).toBe(new Set(q.statements.map((s) => s.articleId)).size);
  await expect(wordings.first()).toContainText("earliest wording");

  // A later outlet adds and drops words relative to the earliest: <ins> in its text, <del> listed under it.
  const later = wordings.nth(1);
  await expect(later.locator("ins").first()).toBeVisible();
  await expect(page.locator("[data-testid=wording] del").first()).toBeVisible();
  const ins = (await later.locator("ins").allTextContents()).join(" ");
  expect(ins.length).toBeGreaterThan(0);
  // Screen readers are told what the marks mean (CSS generated content, so the text stays the source's).
  const before = await later.locator("ins").first().evaluate((el) => getComputedStyle(el, "::before").content);
  expect(before).toContain("added");

  // Every wording is still the article's exact slice, and links to its spot.
  for (const s of q.statements) {
    await expect(page.getByText(s.excerpt, { exact: true }).first()).toBeVisible();
    await expect(page.locator(`a[href="/articles/${s.articleId}#${spanId(s)}"]`)).toHaveCount(1);
  }
  await expectAccessible(page);
  await shot(page, "quote-diff");
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, "quote-diff-360");
});

test("quotes list says how many outlets carried each quote and whether the wording differs", async ({ page, request }) => {
  const q = await rubioEuQuote(request);
  await page.goto("/quotes");
  const row = page.getByTestId("quote-row").filter({ has: page.locator(`a[href="/quotes/${q.id}"]`) });
  await expect(row).toContainText(`${q.outletCount} outlets`);
  await expect(row).toContainText("wording differs");
});

test("reader: legend checkboxes hide and show a highlight layer, without reloading", async ({ page, request }) => {
  const q = await rubioEuQuote(request);
  const s = q.statements[0]!;
  await page.goto(`/articles/${s.articleId}`);
  const legend = page.getByTestId("reader-legend");
  await expect(legend).toBeVisible();
  const quoteLayer = page.locator('[data-testid=article-text] [data-layer="quote"]').first();
  const bg = () => quoteLayer.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg()).not.toBe("rgba(0, 0, 0, 0)");

  await legend.getByLabel("Quotes").uncheck();
  await expect.poll(bg).toBe("rgba(0, 0, 0, 0)");
  await expect(page).toHaveURL(/layers=1/);
  // Other layers keep their marks.
  const actor = page.locator('[data-testid=article-text] [data-layer="mention"]').first();
  expect(await actor.evaluate((el) => getComputedStyle(el).fontWeight)).toBe("600");
  await shot(page, "reader-quotes-hidden");

  // The state is in the URL: a reload (or a no-script GET) keeps the layer hidden.
  await page.reload();
  await expect(legend.getByLabel("Quotes")).not.toBeChecked();
  await expect.poll(bg).toBe("rgba(0, 0, 0, 0)");
  await legend.getByLabel("Quotes").check();
  await expect.poll(bg).not.toBe("rgba(0, 0, 0, 0)");
  await expectAccessible(page);
});

test("reader: layers toggle without JavaScript too (CSS :has() and the GET form)", async ({ browser, request }) => {
  const q = await rubioEuQuote(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${q.statements[0]!.articleId}?layers=1&show=mention`);
  const legend = page.getByTestId("reader-legend");
  await expect(legend.getByLabel("Quotes")).not.toBeChecked();
  await expect(legend.getByRole("button", { name: "Show selected" })).toBeVisible();
  const layer = (kind: string) => page.locator(`[data-testid=article-text] [data-layer="${kind}"]`).first();
  expect(await layer("quote").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
  expect(await layer("mention").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("600");
  await legend.getByLabel("Actors").uncheck();
  expect(await layer("mention").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("400");
  await context.close();
});

test("reader: speakers are highlighted and link to the actor; deep links still land on the span", async ({ page, request }) => {
  const q = await rubioEuQuote(request);
  const s = q.statements[0]!;
  await page.goto(`/articles/${s.articleId}#${spanId(s)}`);
  const parts = page.locator(`[data-s~="${spanId(s)}"]`);
  await expect(parts.first()).toHaveAttribute("data-target", "true");
  expect((await parts.allTextContents()).join("")).toBe(s.excerpt);
  const speaker = page.locator('[data-testid=article-text] [data-kinds~="speaker"] a[href="/actors/marco-rubio"]').first();
  await expect(speaker).toBeVisible();
  await speaker.click();
  await expect(page).toHaveURL(/\/actors\/marco-rubio$/);
});

test('search "Barrot": the actor, near spellings, results grouped by type with the words marked', async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox");
  await box.fill("Barrot");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Barrot/);
  const actors = page.getByTestId("results-actors");
  await expect(actors.getByRole("link", { name: "Jean-Noël Barrot" })).toBeVisible();
  await expect(actors.locator("mark").first()).toHaveText("Barrot");
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.map((h) => h.replace(/ \(\d+\)$/, ""))).toEqual(expect.arrayContaining(["Actors", "Articles"]));
  expect(headings[0]).toMatch(/^Actors/);
  // The article that spells him "Barrault" is found through the actor's mentions, and the spelling is marked.
  const articles = page.getByTestId("results-articles");
  await expect(articles.locator("mark", { hasText: "Barrault" }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "search-barrot");
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, "search-barrot-360");
});

test("search finds a quote by one of its words and marks the word", async ({ page, request }) => {
  await page.goto("/search?q=lawless");
  const quotes = page.getByTestId("results-quotes");
  await expect(quotes.locator("mark").first()).toHaveText(/lawless/i);
  await expect(quotes.getByRole("link", { name: /quote|compare/ }).first()).toBeVisible();
  // Stemming: a different form of the word finds it too, and the JSON API agrees.
  const api = await getJson<{ quotes: { statement: Span }[]; terms: string[] }>(request, "/api/search?q=determines");
  expect(api.terms).toEqual(["determin"]);
  expect(api.quotes.some((h) => h.statement.excerpt.includes("determine"))).toBe(true);
});

test("search API refuses an empty or over-long query", async ({ request }) => {
  expect((await request.get("/api/search?q=")).status()).toBe(400);
  expect((await request.get("/api/search")).status()).toBe(400);
  expect((await request.get(`/api/search?q=${"a".repeat(201)}`)).status()).toBe(400);
  expect((await request.get("/api/search?q=x&page=2")).status()).toBe(400);
});
