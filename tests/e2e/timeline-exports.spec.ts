import { expect, test } from "@playwright/test";
import { parseCsv } from "../../src/app/api/export/_lib/csv";
import { expectAccessible, getJson, shot } from "./helpers";

type Published = { date: string; precision: string };
type Source = { id: string; articleId: string; start: number; end: number; excerpt: string; article: { outlet: { id: string; name: string }; published: Published } };
type Event = { id: string; kind: string; region: string | null; when: { date: string; precision: string; approximate?: boolean }; sources: Source[] };
type Timeline = { total: number; count: number; events: Event[] };

test("the strip draws a day as a point and a week or month as a span, each linking to its card", async ({ page, request }) => {
  const { events } = await getJson<Timeline>(request, "/api/timeline");
  const day = events.find((e) => e.when.precision === "day");
  const coarse = events.find((e) => e.when.precision === "week") ?? events.find((e) => e.when.precision === "month");
  expect(day && coarse, "the seeds hold day- and week/month-dated events").toBeTruthy();
  const strip = page.getByTestId("timeline-strip");
  // The strip draws the events of the page it heads: one mark per card.
  await page.goto(`/timeline?event=${day!.id}`);
  await expect(strip.getByTestId("strip-mark")).toHaveCount(await page.getByTestId("event").count());
  await expect(strip.locator(`[data-event="${day!.id}"]`)).toHaveAttribute("data-shape", "point");
  // A month-dated event on a page that also holds a day-dated one, to compare their marks.
  let month: Event | undefined;
  for (const m of events.filter((e) => e.when.precision === "month")) {
    await page.goto(`/timeline?event=${m.id}`);
    if ((await strip.locator('[data-shape="point"]').count()) > 0) {
      month = m;
      break;
    }
  }
  expect(month, "the seeds hold a month-dated event among day-dated ones").toBeTruthy();
  await expect(strip.locator(`[data-event="${month!.id}"]`)).toHaveAttribute("data-shape", "span");
  const bar = await strip.locator(`[data-event="${month!.id}"]`).boundingBox();
  const dot = await strip.locator('[data-shape="point"]').first().boundingBox();
  expect(bar!.width, "a month is drawn as wide as the month on the axis").toBeGreaterThan(dot!.width * 2);
  expect(Math.round(dot!.width)).toBe(Math.round(dot!.height));

  // Labels say the precision plainly, and a mark leads to its card.
  const week = events.find((e) => e.when.precision === "week" && e.when.approximate);
  if (week) {
    await page.goto(`/timeline?event=${week.id}`);
    await expect(page.locator(`#e-${week.id}`).locator("time").first()).toHaveText(/^week of \d{1,2} \w{3} \d{4} \(approx\.\)$/);
  }
  await page.goto(`/timeline?event=${coarse!.id}`);
  await strip.locator(`[data-event="${coarse!.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#e-${coarse!.id}$`));
  await expect(page.locator(`#e-${coarse!.id}`)).toBeInViewport();

  // Jump to month: one link per month group; those on this page are anchors to their heading.
  await page.goto("/timeline");
  const jump = page.getByTestId("jump-nav");
  await expect(jump.getByRole("link").first()).toBeVisible();
  const href = await jump.getByRole("link").last().getAttribute("href");
  expect(href, "the latest month is on the page the timeline opens on").toMatch(/^#m-/);
  await expect(page.locator(href!)).toHaveCount(1);
  await expectAccessible(page);
  await shot(page, "timeline-strip");
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, "timeline-strip-360px");
});

test("filtering by theatre narrows the timeline and lives in the URL; group by kind too", async ({ page, request }) => {
  const all = await getJson<Timeline>(request, "/api/timeline");
  await page.goto("/timeline");
  await page.getByLabel("Theatre").selectOption("Caribbean");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]region=Caribbean(&|$)/);
  const narrowed = await getJson<Timeline>(request, "/api/timeline?region=Caribbean");
  expect(narrowed.count).toBeLessThan(all.total);
  for (const e of narrowed.events) expect(e.region).toContain("Caribbean");
  await expect(page.getByTestId("timeline-count")).toContainText(`${narrowed.count} of ${all.total} events match these filters`);
  const shown = await page.getByTestId("event").evaluateAll((els) => els.map((el) => el.id.replace(/^e-/, "")));
  expect(shown.length).toBeLessThanOrEqual(narrowed.count);
  for (const id of shown) expect(narrowed.events.map((e) => e.id)).toContain(id);
  await expect(page.getByLabel("Theatre")).toHaveValue("Caribbean");
  // The export links carry the filter.
  await expect(page.getByTestId("exports").getByRole("link", { name: "CSV" }).first()).toHaveAttribute("href", /region=Caribbean/);

  await page.goto("/timeline?group=kind&kind=strike");
  await expect(page.getByRole("heading", { level: 2, name: /^strike/ })).toBeVisible();
  await expect(page.getByTestId("timeline-count")).toContainText(`${all.events.filter((e) => e.kind === "strike").length} of ${all.total} events`);
  await expect(page.locator('[data-testid="event"]:not([data-kind="strike"])')).toHaveCount(0);
  await page.goto("/timeline?group=kind");
  await expect(page.getByTestId("jump-nav").getByRole("link", { name: /^strike/ })).toHaveAttribute("href", "#k-strike");
});

test("CSV export honours the filters and parses", async ({ request }) => {
  const allRes = await request.get("/api/export/timeline.csv");
  expect(allRes.status()).toBe(200);
  expect(allRes.headers()["content-type"]).toContain("text/csv");
  expect(allRes.headers()["content-disposition"]).toMatch(/^attachment; filename="tideline-timeline\.csv"$/);
  const allText = await allRes.text();
  expect(allText.charCodeAt(0), "no byte-order mark").not.toBe(0xfeff);
  const all = parseCsv(allText);
  const header = all[0]!;
  for (const col of ["eventId", "kind", "articleId", "start", "end", "excerpt", "firstReported"]) expect(header).toContain(col);
  for (const row of all) expect(row).toHaveLength(header.length);

  const res = await request.get("/api/export/timeline.csv?kind=strike");
  expect(res.headers()["content-disposition"]).toContain("attachment; filename=");
  const strikes = parseCsv(await res.text());
  expect(strikes.length).toBeGreaterThan(1);
  expect(strikes.length).toBeLessThan(all.length);
  const col = (name: string) => header.indexOf(name);
  for (const row of strikes.slice(1)) expect(row[col("kind")]).toBe("strike");

  // Excerpts are the article's exact characters.
  const row = strikes[1]!;
  const article = await getJson<{ text: string }>(request, `/api/articles/${row[col("articleId")]}`);
  expect(row[col("excerpt")]).toBe(article.text.slice(Number(row[col("start")]), Number(row[col("end")])));

  // Claims (one row per citation) and quotes (one per statement) take the outlet filter; JSON says what applied.
  const claims = parseCsv(await (await request.get("/api/export/claims.csv")).text());
  const outlet = claims[1]![claims[0]!.indexOf("outletId")]!;
  const claimsByOutlet = parseCsv(await (await request.get(`/api/export/claims.csv?outlet=${outlet}`)).text());
  expect(claimsByOutlet.length).toBeLessThanOrEqual(claims.length);
  for (const r of claimsByOutlet.slice(1)) expect(r[claims[0]!.indexOf("outletId")]).toBe(outlet);
  const quotes = await getJson<{ count: number; appliedFilters: string[]; notApplicableFilters: string[]; rows: { excerpt: string; start: number; end: number }[] }>(
    request,
    "/api/export/quotes.json?kind=strike",
  );
  expect(quotes.notApplicableFilters).toEqual(["kind"]);
  expect(quotes.rows.length).toBe(quotes.count);
  const actors = await getJson<{ count: number }>(request, "/api/export/actors.json?kind=strike");
  const everyActor = await getJson<{ count: number }>(request, "/api/export/actors.json");
  expect(actors.count).toBeLessThan(everyActor.count);
  expect((await request.get("/api/export/timeline.csv?bogus=1")).status()).toBe(400);
  expect((await request.get("/api/export/timeline.xlsx")).status()).toBe(404);
});

test("TimelineJS JSON leaves out the day for month-dated events", async ({ request }) => {
  const { events } = await getJson<Timeline>(request, "/api/timeline");
  const tl = await getJson<{ title: unknown; events: { unique_id: string; group: string; start_date: Record<string, number>; end_date?: Record<string, number>; text: { headline: string } }[] }>(
    request,
    "/api/export/timeline.timelinejs.json",
  );
  expect(tl.title).toBeTruthy();
  expect(tl.events).toHaveLength(events.length);
  const byId = new Map(tl.events.map((e) => [e.unique_id, e]));
  const month = events.find((e) => e.when.precision === "month")!;
  const m = byId.get(month.id)!;
  expect(m.start_date.year).toBe(Number(month.when.date.slice(0, 4)));
  expect(m.start_date.month).toBe(Number(month.when.date.slice(5, 7)));
  expect(m.start_date).not.toHaveProperty("day");
  expect(m.group).toBe(month.kind);
  const day = events.find((e) => e.when.precision === "day")!;
  expect(byId.get(day.id)!.start_date).toHaveProperty("day");
  const year = events.find((e) => e.when.precision === "year");
  if (year) expect(Object.keys(byId.get(year.id)!.start_date)).toEqual(["year"]);
  const week = events.find((e) => e.when.precision === "week");
  if (week) expect(byId.get(week.id)!.end_date).toHaveProperty("day");
});

test("the Atom feed parses, has entries with tag: ids and exact summaries, and is linked from the page", async ({ page, request }) => {
  const res = await request.get("/feed.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  await page.goto("/timeline");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  await expect(page.getByTestId("exports").getByRole("link", { name: /Atom/ })).toHaveAttribute("href", "/feed.xml");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const NS = "http://www.w3.org/2005/Atom";
    const root = doc.documentElement;
    const one = (el: Element, name: string) => el.getElementsByTagNameNS(NS, name)[0];
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      rootNs: root.namespaceURI,
      rootName: root.localName,
      id: one(root, "id")?.textContent ?? "",
      updated: one(root, "updated")?.textContent ?? "",
      self: [...root.children].find((c) => c.localName === "link" && c.getAttribute("rel") === "self")?.getAttribute("href") ?? "",
      entries: [...doc.getElementsByTagNameNS(NS, "entry")].map((e) => ({
        id: one(e, "id")?.textContent ?? "",
        title: one(e, "title")?.textContent ?? "",
        updated: one(e, "updated")?.textContent ?? "",
        link: one(e, "link")?.getAttribute("href") ?? "",
        summary: one(e, "summary")?.textContent ?? "",
      })),
    };
  }, xml);
  expect(feed.error).toBe(false);
  expect([feed.rootNs, feed.rootName]).toEqual(["http://www.w3.org/2005/Atom", "feed"]);
  expect(feed.id).toMatch(/^tag:[^,]+,\d{4}:/);
  expect(feed.self).toMatch(/\/feed\.xml$/);
  expect(Date.parse(feed.updated)).not.toBeNaN();
  expect(feed.entries.length).toBeGreaterThan(0);
  for (const e of feed.entries) {
    expect(e.id).toMatch(/^tag:[^,]+,\d{4}:(event|claim)\//);
    expect(e.title.length).toBeGreaterThan(0);
    expect(Date.parse(e.updated)).not.toBeNaN();
    expect(e.link).toMatch(/^https?:\/\//);
    expect(e.summary.length).toBeGreaterThan(0);
  }
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  expect(feed.entries.some((e) => e.id.includes(":claim/"))).toBe(true);

  // An event entry's summary is its first source's exact sentence.
  const { events } = await getJson<Timeline>(request, "/api/timeline");
  const entry = feed.entries.find((e) => e.id.includes(":event/"))!;
  const ev = events.find((e) => entry.id.endsWith(`event/${e.id}`))!;
  expect(ev.sources.map((s) => s.excerpt)).toContain(entry.summary);
});

test("an event with two outlets says which reported it first", async ({ page, request }) => {
  const { events } = await getJson<Timeline>(request, "/api/timeline");
  const ev = events.find((e) => {
    const [a, b] = e.sources;
    return a && b && a.article.outlet.id !== b.article.outlet.id && a.article.published.precision === "day" && b.article.published.precision === "day" && a.article.published.date < b.article.published.date;
  });
  expect(ev, "the seeds hold an event reported by two outlets on different days").toBeTruthy();
  await page.goto(`/timeline?event=${ev!.id}#e-${ev!.id}`);
  const card = page.locator(`#e-${ev!.id}`);
  await expect(card.getByTestId("first-reported")).toContainText(`First reported by ${ev!.sources[0]!.article.outlet.name}`);
  await expect(card.getByTestId("event-source")).toHaveCount(ev!.sources.length);
  await expect(card.getByTestId("event-source").first().getByText("first reported", { exact: true })).toBeVisible();
  await shot(page, "timeline-first-reported");
});
