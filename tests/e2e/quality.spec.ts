import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { getJson } from "./helpers";

/**
 * The quality bar of the reading experience: every page has no axe
 * violations at all (any impact) in the light and the dark theme, and gets a
 * full-page screenshot per theme at phone (360×800) and desktop (1280×900)
 * size, saved as test-results/screenshots/{page}-{theme}-{phone|desktop}.png.
 */

type Theme = "light" | "dark";
const THEMES: Theme[] = ["light", "dark"];
const SIZES = { phone: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } } as const;

/** [screenshot name, path]; the detail pages are resolved through the API at test time. */
const PAGES: [string, string | ((r: APIRequestContext) => Promise<string>)][] = [
  ["overview", "/"],
  ["timeline", "/timeline"],
  ["timeline-by-kind", "/timeline?group=kind"],
  // the earliest page: its strip spans decades, with skipped years
  ["timeline-earliest", async (r) => `/timeline?page=${(await getJson<{ events: { when: { date: string } }[] }>(r, "/api/timeline")).events[0]!.when.date.slice(0, 4)}`],
  ["actors", "/actors"],
  ["actor", async (r) => `/actors/${(await getJson<{ actors: { id: string }[] }>(r, "/api/actors")).actors[0]!.id}`],
  ["actor-all", async (r) => `/actors/${(await getJson<{ actors: { id: string }[] }>(r, "/api/actors")).actors[0]!.id}?all=1`],
  ["claims", "/claims"],
  // the death-toll claim has the chart, so Plot's SVG colours are checked too
  ["claim", "/claims/boat-strike-death-toll"],
  ["quotes", "/quotes"],
  ["quote", async (r) => `/quotes/${(await getJson<{ quotes: { id: string }[] }>(r, "/api/quotes")).quotes[0]!.id}`],
  ["articles", "/articles"],
  ["article", async (r) => `/articles/${(await getJson<{ articles: { id: string }[] }>(r, "/api/articles")).articles[0]!.id}`],
  ["search", "/search?q=Rubio"],
];

/** Both the stored choice (what the toggle writes) and the system preference agree, so either path is covered. */
async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem("theme", t), theme);
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} [${v.impact}]: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")})`);
}

for (const theme of THEMES) {
  for (const [name, where] of PAGES) {
    test(`${name} (${theme}): no axe violations; phone and desktop screenshots`, async ({ page, request }) => {
      const path = typeof where === "string" ? where : await where(request);
      await useTheme(page, theme);
      for (const [size, viewport] of Object.entries(SIZES)) {
        await page.setViewportSize(viewport);
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        // axe once per page and theme (at desktop size); the layout is the same markup at both sizes
        if (size === "desktop") expect(await violations(page), `${path} (${theme})`).toEqual([]);
        await page.screenshot({ path: `test-results/screenshots/${name}-${theme}-${size}.png`, fullPage: true });
      }
    });
  }
}

test("the theme toggle switches, persists across pages and sets no flash", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await bg()).not.toBe(light);
  await page.goto("/actors");
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await bg()).not.toBe(light);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("light");
});

test("without a stored choice or JavaScript the system preference applies", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  const bg = await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg, "stone-950, not the light stone-50").not.toBe("rgb(250, 250, 249)");
  expect(bg).not.toMatch(/oklch\(0\.98/);
  await context.close();
});

test("keyboard: the skip link comes first and moves focus to the main content; focus is always visible", async ({ page }) => {
  await page.goto("/claims");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main")).toBeFocused();
  // Tab through the header: every stop shows an outline, and focus never gets stuck.
  await page.goto("/timeline");
  const seen: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { key: `${el.tagName}:${el.textContent?.trim().slice(0, 30) ?? ""}:${el.getAttribute("name") ?? ""}`, outline: s.outlineStyle !== "none" && s.outlineWidth !== "0px" };
    });
    if (!info) continue;
    expect(info.outline, `focus ring on ${info.key}`).toBe(true);
    seen.push(info.key);
  }
  expect(new Set(seen).size, "tabbing moves through distinct controls").toBeGreaterThan(12);
});
