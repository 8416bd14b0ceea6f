import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../src/app/api/export/_lib/csv";
import { getJson, shot } from "./helpers";

/**
 * The timeline and actor pages show a page of a long list at a time: plain
 * links (no JavaScript needed) reach the rest, keep every filter, and deep
 * links land on the page that holds what they point at.
 */

type Event = { id: string; kind: string; when: { date: string; precision: string } };
type Timeline = { count: number; total: number; events: Event[]; options: { kinds: { value: string; count: number }[] } };

const monthOf = (e: Event) => (e.when.precision === "year" ? e.when.date.slice(0, 4) : e.when.date.slice(0, 7));

/** Walks every page through the pager's links from the one that opens, checking each URL keeps `keep`; returns the event ids seen, in page order. */
async function walkPages(page: Page, start: string, keep: RegExp): Promise<{ ids: string[]; pages: number }> {
  await page.goto(start);
  const seen = new Map<string, string[]>();
  const collect = async () => {
    expect(page.url(), "every page keeps the filters").toMatch(keep);
    seen.set(page.url(), await page.getByTestId("event").evaluateAll((els) => els.map((el) => el.id.replace(/^e-/, ""))));
  };
  await collect();
  const opening = page.url();
  for (const dir of ["pager-prev", "pager-next"]) {
    await page.goto(opening);
    for (;;) {
      const link = page.getByTestId("timeline-pager").first().getByTestId(dir);
      if ((await link.count()) === 0) break;
      await link.click();
      await page.waitForLoadState();
      if (seen.has(page.url())) break;
      await collect();
    }
  }
  return { ids: [...seen.values()].flat(), pages: seen.size };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the timeline opens on its latest page; the pager's links reach every event once, keeping the filters", async ({ page, request }) => {
    const all = await getJson<Timeline>(request, "/api/timeline");
    const { ids, pages } = await walkPages(page, "/timeline", /\/timeline/);
    expect(pages, "the seeds hold more than a page of events").toBeGreaterThan(1);
    expect(ids.sort()).toEqual(all.events.map((e) => e.id).sort());

    // Opens on the newest events, and says which part of the story the page holds.
    await page.goto("/timeline");
    const latest = all.events.at(-1)!;
    await expect(page.locator(`#e-${latest.id}`)).toHaveCount(1);
    await expect(page.getByTestId("page-summary")).toContainText("this page:");
    await expect(page.getByTestId("timeline-strip").getByTestId("strip-mark")).toHaveCount(await page.getByTestId("event").count());

    // A filtered view: the filter stays in every page's URL, in the form, and in the export links.
    const kind = [...all.options.kinds].sort((a, b) => b.count - a.count)[0]!;
    const filtered = await getJson<Timeline>(request, `/api/timeline?kind=${kind.value}`);
    for (const group of ["month", "kind"]) {
      const start = `/timeline?kind=${kind.value}${group === "kind" ? "&group=kind" : ""}`;
      const walked = await walkPages(page, start, new RegExp(`[?&]kind=${kind.value}(&|$)`));
      expect(walked.ids.sort(), `${group} view`).toEqual(filtered.events.map((e) => e.id).sort());
      if (group === "kind") expect(page.url()).toContain("group=kind");
    }
    await expect(page.getByLabel("Kind")).toHaveValue(kind.value);
    const csv = page.getByTestId("exports").getByRole("link", { name: "CSV" }).first();
    const href = (await csv.getAttribute("href"))!;
    expect(href, "exports carry the filters but not the page").toMatch(new RegExp(`kind=${kind.value}`));
    expect(href).not.toContain("page=");
    const rows = parseCsv(await (await request.get(href)).text());
    const eventIds = new Set(rows.slice(1).map((r) => r[rows[0]!.indexOf("eventId")]));
    expect(eventIds.size, "the export holds the whole filtered set, not one page").toBe(filtered.count);
  });

  test("jump to month reaches a month on an earlier page, and a month's URL can be shared", async ({ page, request }) => {
    const all = await getJson<Timeline>(request, "/api/timeline");
    const earliest = monthOf(all.events[0]!);
    await page.goto("/timeline");
    const jump = page.getByTestId("jump-nav").getByRole("link").first();
    const href = (await jump.getAttribute("href"))!;
    expect(href, "the first month is on an earlier page").toMatch(new RegExp(`page=${earliest}#m-${earliest}$`));
    await jump.click();
    await expect(page).toHaveURL(new RegExp(`page=${earliest}#m-${earliest}$`));
    await expect(page.locator(`#m-${earliest}`)).toBeInViewport();
    await expect(page.locator(`#e-${all.events[0]!.id}`)).toHaveCount(1);
    // Every month in the jump list either is on this page or links to the page that holds it.
    for (const link of await page.getByTestId("jump-nav").getByRole("link").all()) {
      const target = (await link.getAttribute("href"))!;
      if (target.startsWith("#")) await expect(page.locator(target)).toHaveCount(1);
      else expect(target).toMatch(/^\/timeline\?page=[\w-]+#m-[\w-]+$/);
    }
    await shot(page, "timeline-earliest-page");
  });

  test("a link to an event opens the page that holds it", async ({ page, request }) => {
    const all = await getJson<Timeline>(request, "/api/timeline");
    const first = all.events[0]!;
    await page.goto(`/timeline?event=${first.id}#e-${first.id}`);
    await expect(page.locator(`#e-${first.id}`)).toBeInViewport();
    // The same link comes from the article reader's event highlights, the overview and actor pages.
    await page.goto("/");
    const more = page.getByTestId("event").first().getByRole("link", { name: /on the timeline/ });
    const target = (await more.getAttribute("href"))!;
    expect(target).toMatch(/^\/timeline\?event=[\w-]+#e-[\w-]+$/);
    await more.click();
    await expect(page.locator(`#${target.split("#")[1]}`)).toBeInViewport();
    // An event that is gone is said so, and the timeline still opens.
    await page.goto("/timeline?event=no-such-event");
    await expect(page.getByRole("alert")).toContainText("not in this view");
    await expect(page.getByTestId("event").first()).toBeVisible();
  });

  test("an actor page shows the first few of each list and a link to all of them", async ({ page, request }) => {
    const { actors } = await getJson<{ actors: { id: string }[] }>(request, "/api/actors");
    const actor = await getJson<{ id: string; statements: unknown[]; coMentioned: { id: string }[] }>(request, `/api/actors/${actors[0]!.id}`);
    await page.goto(`/actors/${actor.id}`);
    const statements = page.locator("#statements-heading").locator("xpath=ancestor::section[1]");
    const shown = await statements.getByTestId("statement").count();
    expect(shown, "the most quoted actor has more statements than the first few").toBeLessThan(actor.statements.length);
    await statements.getByRole("link", { name: `Show all ${actor.statements.length} statements` }).click();
    await expect(page).toHaveURL(/\?all=1#statements-heading$/);
    await expect(statements.getByTestId("statement")).toHaveCount(actor.statements.length);
    const co = page.locator("#co-heading").locator("xpath=ancestor::section[1]");
    await expect(co.getByRole("listitem")).toHaveCount(actor.coMentioned.length);
    await expect(page.getByTestId("show-all")).toHaveCount(0);
    // (axe needs JavaScript: quality.spec.ts checks this page with it)
    await shot(page, "actor-all");
  });
});

test("an older link to /timeline#e-ID still reaches an event on an earlier page", async ({ page, request }) => {
  const all = await getJson<Timeline>(request, "/api/timeline");
  const first = all.events[0]!;
  await page.goto(`/timeline#e-${first.id}`);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${first.id}#e-${first.id}$`));
  await expect(page.locator(`#e-${first.id}`)).toBeInViewport();
});
