import { expect, test } from "@playwright/test";
import { getJson, shot, spanId, type Span } from "./helpers";

type Quote = { id: string; statements: (Span & { quoteId: string })[] };

test("a deep link to a quote scrolls to it and highlights exactly its words", async ({ page, request }) => {
  const { quotes } = await getJson<{ quotes: Quote[] }>(request, "/api/quotes");
  const s = quotes.flatMap((q) => q.statements)[0];
  expect(s, "the seeds should yield at least one quote").toBeTruthy();
  await page.goto(`/articles/${s!.articleId}#${spanId(s!)}`);
  await expect(page.locator(`[id="${spanId(s!)}"]`)).toHaveCount(1);
  const parts = page.locator(`[data-s~="${spanId(s!)}"]`);
  await expect(parts.first()).toHaveAttribute("data-target", "true");
  await expect(parts.first()).toBeInViewport();
  expect((await parts.allTextContents()).join("")).toBe(s!.excerpt);
  await expect(parts.first()).toHaveAttribute("data-kinds", /quote/);
  await shot(page, "article-deeplink");

  // The highlight links back to the quote page.
  await page.goto(`/quotes/${s!.quoteId}`);
  const link = page.locator(`a[href$="#${spanId(s!)}"]`).first();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${spanId(s!)}$`));
});
