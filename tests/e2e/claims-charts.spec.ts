import { expect, test } from "@playwright/test";
import { expectAccessible, getJson, shot } from "./helpers";

type ReportedValue = { value: number; qualifier: string | null; outlet: { name: string } };
type Claim = { id: string; proposition: string; kind: string; status: string; citationCount: number; outletCount: number; values: ReportedValue[] };

const DEATH_TOLL = "boat-strike-death-toll";
const UK_INTEL = "uk-stopped-sharing-intelligence";

test("the death-toll chart is an SVG with one labelled mark per reported value", async ({ page, request }) => {
  const claim = await getJson<Claim>(request, `/api/claims/${DEATH_TOLL}`);
  const values = claim.values.map((v) => v.value).sort((a, b) => a - b);
  expect(values).toEqual([75, 76, 79]);

  await page.goto(`/claims/${DEATH_TOLL}`);
  const chart = page.getByTestId("figure-chart").first();
  const svg = chart.getByTestId("chart-wide").locator("svg");
  await expect(svg).toBeVisible();
  await expect(svg).toHaveAttribute("role", "img");
  await expect(svg).toHaveAttribute("aria-label", /People killed/);
  await expect(svg.locator("title").first()).toHaveText(/3 reported values/);
  await expect(svg.locator(".tl-value-dot > *")).toHaveCount(3);
  const labels = await svg.locator(".tl-value-label text").allTextContents();
  expect(labels.sort()).toEqual(claim.values.map((v) => `${v.qualifier ? `${v.qualifier} ` : ""}${v.value}`).sort());
  for (const l of await svg.locator(".tl-value-label text").all()) {
    const box = await l.boundingBox();
    expect(box!.height, "labels are readable").toBeGreaterThanOrEqual(11);
  }
  // The legend names every outlet; the table of values follows the chart.
  for (const v of claim.values) await expect(chart.getByTestId("chart-legend")).toContainText(v.outlet.name);
  await expect(page.getByRole("table", { name: "Every reported value for this claim" })).toBeVisible();
  await expect(page.getByTestId("status-rule")).toContainText("never marked confirmed");
  await expectAccessible(page);
  await shot(page, "claim-death-toll");

  // Grouped by attributed source: still one mark per value, the Pentagon's count named.
  await page.getByRole("link", { name: "attributed source" }).click();
  await expect(page).toHaveURL(/by=source/);
  const bySource = page.getByTestId("figure-chart").first();
  await expect(bySource.getByTestId("chart-wide").locator(".tl-value-dot > *")).toHaveCount(3);
  await expect(bySource.getByTestId("chart-legend")).toContainText("US Department of Defense");
  await shot(page, "claim-death-toll-by-source");
});

test("the chart and page stay readable on a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/claims/${DEATH_TOLL}`);
  const narrow = page.getByTestId("chart-narrow").first().locator("svg");
  await expect(narrow).toBeVisible();
  await expect(narrow.locator(".tl-value-dot > *")).toHaveCount(3);
  await expect(page.getByTestId("chart-wide").first()).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "claim page scrolls sideways").toBeLessThanOrEqual(0);
  await shot(page, "claim-death-toll-360px");
});

test("the coverage matrix lists outlets by date and links each mark to its citation", async ({ page, request }) => {
  const claim = await getJson<Claim>(request, `/api/claims/${UK_INTEL}`);
  await page.goto(`/claims/${UK_INTEL}`);
  const matrix = page.getByTestId("coverage-matrix");
  await expect(matrix.getByTestId("coverage-row")).toHaveCount(claim.outletCount);
  expect(claim.outletCount).toBeGreaterThanOrEqual(2);
  await expect(matrix.getByRole("rowheader", { name: "NBC News" })).toBeVisible();
  await expect(matrix.getByRole("rowheader", { name: "Al Jazeera" })).toBeVisible();
  await expect(matrix.locator("a[data-stance]")).toHaveCount(claim.citationCount);
  await expect(matrix.locator('a[data-stance="denies"]')).not.toHaveCount(0);
  const mark = matrix.locator('a[data-stance="denies"]').first();
  const href = (await mark.getAttribute("href"))!;
  await mark.click();
  await expect(page.locator(href)).toBeInViewport();
  await expect(page.locator(href).getByTestId("citation")).toBeVisible();
  await expect(page.getByTestId("first-seen")).toContainText("NBC News");
});

test("the UK intelligence claim shows assertions and denials side by side", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/claims/${UK_INTEL}`);
  const asserted = page.getByTestId("asserted");
  const denied = page.getByTestId("denied");
  await expect(asserted.getByRole("heading", { name: /^Asserted \(\d+\)$/ })).toBeVisible();
  await expect(denied.getByRole("heading", { name: /^Denied \(\d+\)$/ })).toBeVisible();
  await expect(denied.getByTestId("citation").first()).toContainText("denies");
  await expect(denied).toContainText("Rubio");
  const a = (await asserted.boundingBox())!;
  const d = (await denied.boundingBox())!;
  expect(d.x, "denials to the right of assertions").toBeGreaterThan(a.x + a.width - 1);
  expect(Math.abs(d.y - a.y), "side by side, same top").toBeLessThan(4);
  // Second-hand reports read as a sentence: outlet, citing its source.
  await expect(asserted.getByTestId("attribution-sentence")).toContainText(["NBC News, citing", "NBC News, citing", "Al Jazeera, citing CNN"]);
  await expect(page.getByTestId("status-rule")).toHaveText(/^Disputed: \d+ citations? supports? it and \d+ citations? deny/);
  await expectAccessible(page);
  await shot(page, "claim-uk-intelligence");
});

test("claim pages carry schema.org ClaimReview JSON-LD", async ({ page, request }) => {
  for (const id of [UK_INTEL, DEATH_TOLL]) {
    const claim = await getJson<Claim>(request, `/api/claims/${id}`);
    await page.goto(`/claims/${id}`);
    const raw = await page.locator('script[type="application/ld+json"]').first().textContent();
    const ld = JSON.parse(raw!) as {
      "@type": string;
      claimReviewed: string;
      itemReviewed: { "@type": string; appearance: { url: string; publisher: { name: string } }[]; firstAppearance: { url: string } };
      reviewRating: { alternateName: string };
    };
    expect(ld["@type"]).toBe("ClaimReview");
    expect(ld.claimReviewed).toBe(claim.proposition);
    expect(ld.reviewRating.alternateName).toBe(claim.status);
    expect(ld.itemReviewed["@type"]).toBe("Claim");
    expect(ld.itemReviewed.appearance).toHaveLength(claim.citationCount);
    for (const a of ld.itemReviewed.appearance) expect(a.url).toMatch(/\/articles\/[^#]+#s-\d+-\d+$/);
    expect(ld.itemReviewed.firstAppearance.url).toBe(ld.itemReviewed.appearance[0]!.url);
  }
});

test("the overview shows each outlet's latest value side by side, never one merged number", async ({ page, request }) => {
  const claim = await getJson<Claim>(request, `/api/claims/${DEATH_TOLL}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const tally = page.getByTestId("tally").filter({ has: page.getByRole("link", { name: claim.proposition }) });
  const cards = tally.getByTestId("latest-value");
  await expect(cards).toHaveCount(new Set(claim.values.map((v) => v.outlet.name)).size);
  for (const v of claim.values) await expect(cards.filter({ hasText: v.outlet.name })).toContainText(String(v.value));
  await expect(cards.first()).toContainText("as of");
  const boxes = await Promise.all((await cards.all()).map((c) => c.boundingBox()));
  expect(new Set(boxes.map((b) => Math.round(b!.y))).size, "cards in one row").toBe(1);
  await expect(tally.getByTestId("chart-wide").locator(".tl-value-dot > *")).toHaveCount(claim.values.length);
  await expectAccessible(page);
  await shot(page, "overview-latest-values");
});
