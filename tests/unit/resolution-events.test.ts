import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import type { ArticleDate } from "../../src/domain/extraction/types";
import { detectRegion } from "../../src/domain/resolution/regions";
import { extractEventCandidates, TITLE_MAX, type EventCandidate } from "../../src/domain/resolution/events";
import { eventMatchScore, sameEvent } from "../../src/domain/resolution/same-event";
import { actor, date, extraction, quote, seed, slice } from "./resolution-fixtures";

const s000 = seed("000");
const s001 = seed("001");
const s003 = seed("003");
const s004 = seed("004");
const day = (d: string): ArticleDate => ({ date: d, precision: "day", approximate: false });

function expectExactSpans(text: string, events: EventCandidate[]) {
  for (const e of events) {
    expect(e.titleText).toBe(slice(text, e.title));
    expect(e.sourceText).toBe(slice(text, e.source));
    expect(e.title.end - e.title.start).toBeLessThanOrEqual(TITLE_MAX);
    expect(e.title.start).toBeGreaterThanOrEqual(e.quote ? 0 : e.source.start);
    if (!e.quote) expect(e.title.end).toBeLessThanOrEqual(e.source.end);
    if (e.dateSpan) expect(e.dateSpan.end).toBeGreaterThan(e.dateSpan.start);
  }
}

describe("extractEventCandidates on 001 (AP/NYT, 8 Aug 2025)", () => {
  const dates = [
    date(s001, "Two weeks ago", "2025-07-21", "week", true),
    date(s001, "In February", "2025-02", "month", false),
    date(s001, "In 1989", "1989", "year"),
    date(s001, "Late last month", "2025-07", "month", true),
    date(s001, "When he returned to office in January", "2025-01", "month"),
  ];
  const actors = [
    actor(s001, "cartel-de-los-soles", "group", ["Cartel de los Soles"]),
    actor(s001, "trump-administration", "organization", ["Trump administration"]),
    actor(s001, "senate", "organization", ["the Senate"]),
  ];
  const events = extractEventCandidates(s001, extraction(s001, { dates, actors }), day("2025-08-08"));
  const byDate = (phrase: string) => events.find((e) => e.dateSpan && slice(s001, e.dateSpan) === phrase);
  expectExactSpans(s001, events);

  it("classifies a designation and titles it with its main clause", () => {
    const e = byDate("Two weeks ago")!;
    expect(e.kind).toBe("designation");
    expect(e.date).toEqual({ date: "2025-07-21", precision: "week", approximate: true });
    expect(e.titleText).toBe(
      // the clause runs to 147 characters: cut at the last word boundary within TITLE_MAX
      "the Trump administration added the Venezuelan Cartel de los Soles, or Cartel of the Suns, to a list of specially designated global terrorist",
    );
    expect(e.actorKeys).toEqual(["cartel-de-los-soles", "trump-administration"]);
  });

  it("dates years before publication are history", () => {
    const e = byDate("In 1989")!;
    expect(e.kind).toBe("historical");
    expect(e.titleText.startsWith("President George H.W. Bush sent more than 20,000 troops into Panama")).toBe(true);
  });

  it("legal and policy triggers", () => {
    expect(byDate("Late last month")).toMatchObject({ kind: "legal", titleText: "the Senate confirmed Earl Matthews to be Pentagon general counsel, and T. Elliot Gaiser to lead the Office of Legal Counsel" });
    const january = byDate("When he returned to office in January")!;
    expect(january.kind).toBe("policy");
    expect(january.titleText.startsWith("Trump signed an order directing the State Department")).toBe(true);
    expect(byDate("In February")!.kind).toBe("designation");
  });

  it("sentences without a date yield nothing", () => {
    expect(events.some((e) => e.sourceText.startsWith("The order provides an official basis"))).toBe(false);
  });
});

describe("statements, strikes and regions", () => {
  it("a dated quote is a statement titled by the quote span, continuation included in the quote span", () => {
    const rubio = { key: "marco-rubio", name: "Marco Rubio", written: "Rubio told reporters" };
    const said = date(s000, "on Wednesday", "2025-11-12", "day", false, 1);
    const head = quote(s000, "I don’t think that the European Union gets to determine what international law is,", rubio, {
      saidDate: { ...said },
    });
    const cont = quote(s000, "They certainly don’t get to determine how the United States defends its national security.", null, { continuesQuote: 0 });
    const events = extractEventCandidates(s000, extraction(s000, { quotes: [head, cont], dates: [said] }), day("2025-11-13"));
    const st = events.filter((e) => e.kind === "statement");
    expect(st).toHaveLength(1);
    expect(st[0]!.titleText).toBe(head.text.replace(/,$/, "")); // dangling punctuation dropped
    expect(st[0]!.quote).toMatchObject({ speakerKey: "marco-rubio", speaker: "Marco Rubio", span: { start: head.start, end: cont.end } });
    expect(slice(s000, st[0]!.quote!.speakerSpan!)).toBe("Rubio told reporters");
    expect(st[0]!.date).toEqual({ date: "2025-11-12", precision: "day", approximate: false });
    expect(st[0]!.actorKeys).toEqual(["marco-rubio"]);
  });

  it("a strike with an approximate month and the region of its sentence", () => {
    const text = "On Sept. 2, U.S. forces struck a boat in the southern Caribbean, killing 11 people, the Pentagon said.\nLater strikes moved to the eastern Pacific.";
    const dates = [date(text, "On Sept. 2", "2025-09-02", "day")];
    const [e] = extractEventCandidates(text, extraction(text, { dates }), day("2025-10-20"));
    expect(e).toMatchObject({ kind: "strike", region: "Caribbean", date: { date: "2025-09-02", precision: "day", approximate: false } });
    expect(e!.titleText).toBe("U.S. forces struck a boat in the southern Caribbean, killing 11 people, the Pentagon said");
    expect(slice(text, e!.trigger!)).toBe("struck");

    const e003 = extractEventCandidates(s003, extraction(s003, { dates: [date(s003, "early September", "2025-09", "month", true)] }), day("2025-11-12"));
    expect(e003.map((x) => [x.kind, x.date.date, x.date.approximate])).toEqual([["strike", "2025-09", true]]);
  });

  it("a title cut to length never ends on a word that leads into the cut", async () => {
    const { trimToWords } = await import("../../src/domain/resolution/clause-span");
    const text = "The minister ordered the coast guard to stop sharing radar data with the navy until the other government stops the raids.";
    const span = trimToWords(text, { start: 0, end: text.length }, 85);
    expect(text.slice(span.start, span.end)).toBe("The minister ordered the coast guard to stop sharing radar data with the navy");
  });

  it("trims long titles on word boundaries and keeps the trigger", () => {
    const text = `Yesterday, ${"very ".repeat(40)}long preamble words before the navy struck a vessel near Aruba in a long operation.`;
    const [e] = extractEventCandidates(text, extraction(text, { dates: [date(text, "Yesterday", "2025-11-01", "day")] }), day("2025-11-02"));
    expect(e!.titleText.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(e!.titleText).toContain("struck");
    expect(e!.titleText).toBe(slice(text, e!.title));
    expect(/^\S/.test(e!.titleText) && /\S$/.test(e!.titleText)).toBe(true);
  });

  it("detects regions, most specific first", () => {
    expect(detectRegion("strikes in the Caribbean and the Pacific")).toBe("Caribbean and eastern Pacific");
    expect(detectRegion("in the Caribbean and eastern Pacific")).toBe("Caribbean and eastern Pacific");
    expect(detectRegion("in the East Pacific")).toBe("eastern Pacific");
    expect(detectRegion("in Washington")).toBeNull();
  });

  it("never throws and yields nothing without dates", () => {
    expect(extractEventCandidates("", extraction(""), day("2025-11-13"))).toEqual([]);
    expect(extractEventCandidates(s004, extraction(s004), day("2025-11-15"))).toEqual([]);
  });
});

describe("sameEvent across articles", () => {
  const petro003 = extractEventCandidates(
    s003,
    extraction(s003, { dates: [date(s003, "On Tuesday", "2025-11-11", "day", false, 0)], actors: [actor(s003, "gustavo-petro", "person", ["Gustavo Petro"])] }),
    day("2025-11-12"),
  ).find((e) => e.sourceText.includes("stop sharing intelligence"))!;
  const petro004 = extractEventCandidates(
    s004,
    extraction(s004, {
      dates: [date(s004, "on Tuesday that he was ordering", "2025-11-11", "day")],
      actors: [actor(s004, "gustavo-petro", "person", ["Gustavo Petro"])],
    }),
    day("2025-11-15"),
  ).find((e) => e.sourceText.includes("stop sharing intelligence"))!;

  it("Petro's order in 003 and 004 is one diplomatic event", () => {
    expect(petro003.kind).toBe("diplomatic");
    expect(petro004.kind).toBe("diplomatic");
    expect(sameEvent(petro003, petro004)).toBe(true);
  });

  it("another country stopping intelligence sharing the same day is a different event", () => {
    const text = "On Tuesday, Britain stopped sharing intelligence on suspected drug boats with Washington.";
    const [uk] = extractEventCandidates(
      text,
      extraction(text, { dates: [date(text, "On Tuesday", "2025-11-11", "day")], actors: [actor(text, "united-kingdom", "country", ["Britain"])] }),
      day("2025-11-12"),
    );
    expect(uk!.kind).toBe("diplomatic");
    expect(sameEvent(uk!, petro003)).toBe(false);
    expect(eventMatchScore(uk!, petro003)).toBeLessThan(eventMatchScore(petro004, petro003));
  });

  it("needs matching kinds and overlapping dates", () => {
    expect(eventMatchScore({ ...petro004, kind: "policy" }, petro003)).toBe(0);
    expect(eventMatchScore({ ...petro004, date: { date: "2025-11-20", precision: "day", approximate: false } }, petro003)).toBe(0);
    expect(sameEvent({ ...petro004, date: { date: "2025-11", precision: "month", approximate: false } }, petro003)).toBe(true);
  });

  it("Barrot's statement in 000 and 004 (sentence vs dated quote) is one statement", () => {
    const barrot = (t: string) => actor(t, "jean-noel-barrot", "person", ["Jean-Noel Barrot", "Jean-Noël Barrot"]);
    const a = extractEventCandidates(
      s000,
      extraction(s000, { dates: [date(s000, "the same day", "2025-11-11", "day")], actors: [barrot(s000)] }),
      day("2025-11-13"),
    ).find((e) => e.kind === "statement")!;
    const said = date(s004, "on Tuesday on the sidelines", "2025-11-11", "day");
    const q = quote(s004, "violate international law,", { key: "jean-noel-barrot", name: "Jean-Noël Barrot", written: "Jean-Noël Barrot" }, { saidDate: said });
    const b = extractEventCandidates(s004, extraction(s004, { quotes: [q], dates: [said], actors: [barrot(s004)] }), day("2025-11-15")).find(
      (e) => e.kind === "statement",
    )!;
    expect(a.titleText.startsWith("French Foreign Minister Jean-Noel Barrot said the same day that the strikes violated international law")).toBe(true);
    expect(b.titleText).toBe("violate international law,".replace(/,$/, ""));
    expect(sameEvent(a, b)).toBe(true);
  });
});

describe("speech that mentions strikes", () => {
  it("is a statement, not a strike", () => {
    const text = "Published 12 Nov 2025\nThe Dutch foreign minister expressed concern on Tuesday about the legal basis for the strikes on boats.";
    const x = extractArticle(text, { published: { date: "2025-11-12", precision: "day", approximate: false }, registry: createRegistry([]) });
    const events = extractEventCandidates(text, x, { date: "2025-11-12", precision: "day", approximate: false });
    const dated = events.find((e) => e.date.date === "2025-11-11");
    expect(dated?.kind).toBe("statement");
  });
});
