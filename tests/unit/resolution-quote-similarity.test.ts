import { describe, expect, it } from "vitest";
import { pickLinkTarget, scoreLinkTarget, utterances } from "../../src/domain/resolution/link-quotes";
import { quoteSimilarity, sameUtterance } from "../../src/domain/resolution/quote-similarity";
import { quote, seed } from "./resolution-fixtures";

const s000 = seed("000");
const s001 = seed("001");
const s002 = seed("002");
const s003 = seed("003");
const s004 = seed("004");
const RUBIO = "marco-rubio";

const eu000Head = "I don’t think that the European Union gets to determine what international law is,";
const eu000Cont = "They certainly don’t get to determine how the United States defends its national security.";
const eu003 =
  "I don't think the European Union can define what international law is. What they certainly can't define is how the United States protects its national security,";
const eu004 =
  "I don’t think that the European Union gets to determine what international law is, and what they certainly don’t get to determine is how the United States defends its national security,";
const nothing000 = "Nothing has changed or happened that has impeded in any way our ability to do what we’re doing,";
const nothing003 =
  "Again, nothing has changed or happened that would in any way impede our ability to do what we do, and we are not asking anyone to help us with what we do – in any area. Including in the military sphere.";

describe("quoteSimilarity", () => {
  it("the seeds really carry these renderings", () => {
    for (const [t, q] of [[s000, eu000Head], [s000, eu000Cont], [s003, eu003], [s004, eu004], [s000, nothing000], [s003, nothing003]] as const) {
      expect(t.includes(q)).toBe(true);
    }
  });

  it("links a machine translation and a merged rendering of one remark", () => {
    const whole000 = `${eu000Head} ${eu000Cont}`;
    expect(quoteSimilarity(whole000, eu004)).toBeGreaterThan(0.9);
    expect(quoteSimilarity(whole000, eu003)).toBeGreaterThan(0.7);
    expect(quoteSimilarity(eu003, eu004)).toBeGreaterThan(0.7);
  });

  it("scores a truncation by containment", () => {
    const bondiPartial = "will not escape justice and he will be held accountable for his despicable crimes.";
    const bondiFull =
      "The United States government is doubling a reward — to $50 million — for information leading to the arrest of Mr. Maduro, He will not escape justice and he will be held accountable for his despicable crimes.";
    expect(s001.includes(bondiPartial)).toBe(true);
    expect(quoteSimilarity(bondiPartial, bondiFull)).toBeGreaterThanOrEqual(0.85);
  });

  it("is symmetric, bounded and tolerant of junk", () => {
    expect(quoteSimilarity(eu003, eu004)).toBeCloseTo(quoteSimilarity(eu004, eu003), 10);
    expect(quoteSimilarity("", eu004)).toBe(0);
    expect(quoteSimilarity("\u0000\ud800 — …", "?!")).toBe(0);
    expect(quoteSimilarity(eu004, eu004)).toBe(1);
  });

  it("keeps apart different remarks by the same speaker on the same topic", () => {
    expect(quoteSimilarity(`${eu000Head} ${eu000Cont}`, nothing000)).toBeLessThan(0.2);
    const maduro001 =
      "Maduro is the leader of the designated narco-terrorist organization Cartel de los Soles, and he is responsible for trafficking drugs into the United States and Europe,";
    const maduro000 =
      "The Maduro regime is a narco-terrorist regime indicted in the Southern District of the United States for narco-terrorism, but more importantly, they’re also a transshipment organization that allows these groups to operate from their national territory.";
    expect(s001.includes(maduro001) && s000.includes(maduro000)).toBe(true);
    expect(quoteSimilarity(maduro001, maduro000)).toBeLessThan(0.45);
    // two short remarks on the G7 meeting in 003
    expect(quoteSimilarity("Not with me — no one brought it up,", "This issue has never come up,")).toBeLessThan(0.3);
  });
});

describe("sameUtterance", () => {
  it("requires the same speaker when both are known", () => {
    expect(sameUtterance({ text: eu003, speakerKey: RUBIO }, { text: eu004, speakerKey: RUBIO })).toBe(true);
    expect(sameUtterance({ text: eu003, speakerKey: RUBIO }, { text: eu004, speakerKey: "kaja-kallas" })).toBe(false);
  });

  it("asks more of the wording when a speaker is unknown", () => {
    expect(sameUtterance({ text: eu004, speakerKey: null }, { text: `${eu000Head} ${eu000Cont}`, speakerKey: RUBIO })).toBe(true);
    // a loose paraphrase links for a known speaker but not for an anonymous one
    const paraphrase = "the European Union does not get to define international law or how Washington defends itself";
    const known = sameUtterance({ text: paraphrase, speakerKey: RUBIO }, { text: eu004, speakerKey: RUBIO });
    const unknown = sameUtterance({ text: paraphrase, speakerKey: null }, { text: eu004, speakerKey: RUBIO });
    expect(known).toBe(true);
    expect(unknown).toBe(false);
  });

  it("treats the same words on far-apart dates as different occasions", () => {
    const a = { text: eu004, speakerKey: RUBIO, saidDate: { date: "2025-11-12", precision: "day" as const, approximate: false } };
    expect(sameUtterance(a, { ...a, saidDate: { date: "2025-11-13", precision: "day", approximate: false } })).toBe(true);
    expect(sameUtterance(a, { ...a, saidDate: { date: "2025-11", precision: "month", approximate: false } })).toBe(true);
    expect(sameUtterance(a, { ...a, saidDate: { date: "2025-09-20", precision: "day", approximate: false } })).toBe(false);
  });
});

describe("utterances", () => {
  it("joins a continuation paragraph to its head (000: the EU remark)", () => {
    const rubio = { key: RUBIO, name: "Marco Rubio", written: "Rubio told reporters" };
    const head = quote(s000, eu000Head.slice(0, -1), rubio);
    const cont = quote(s000, eu000Cont, null, { continuesQuote: 0, method: "continuation" });
    const other = quote(s000, nothing000.slice(0, -1), { key: RUBIO, name: "Marco Rubio", written: "Rubio said" });
    const groups = utterances([head, cont, other]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.quoteIndexes).toEqual([0, 1]);
    expect(groups[0]!.speakerKey).toBe(RUBIO);
    expect(groups[0]!.text).toBe(`${head.text} ${cont.text}`);
    expect(groups[1]!.quoteIndexes).toEqual([2]);
  });

  it("survives broken and cyclic links", () => {
    const a = quote(s000, eu000Head, null, { continuesQuote: 1 });
    const b = quote(s000, eu000Cont, null, { continuesQuote: 0 });
    const c = quote(s000, nothing000, null, { continuesQuote: 99 });
    const groups = utterances([a, b, c]);
    expect(groups.flatMap((g) => g.quoteIndexes).sort()).toEqual([0, 1, 2]);
  });
});

describe("pickLinkTarget", () => {
  const existing = [
    { id: "q-eu", speakerKey: RUBIO, renderings: [`${eu000Head} ${eu000Cont}`] },
    { id: "q-nothing", speakerKey: RUBIO, renderings: [`${nothing000} Nor are we asking anyone to help us with what we’re doing.`] },
    {
      id: "q-kelly",
      speakerKey: "anna-kelly",
      renderings: [
        "President Trump’s top priority is protecting the homeland, which is why he took the bold step to designate several cartels and gangs as foreign terrorist organizations.",
      ],
    },
  ];

  it("sends each 003/004 rendering to its own remark", () => {
    expect(pickLinkTarget({ text: eu003, speakerKey: RUBIO }, existing)).toBe("q-eu");
    expect(pickLinkTarget({ text: eu004, speakerKey: RUBIO }, existing)).toBe("q-eu");
    expect(pickLinkTarget({ text: nothing003, speakerKey: RUBIO }, existing)).toBe("q-nothing");
  });

  it("links identical quotes across 001 and 002", () => {
    const kelly002 =
      "President Trump’s top priority is protecting the homeland, which is why he took the bold step to designate several cartels and gangs as foreign terrorist organizations.";
    expect(s002.includes(kelly002)).toBe(true);
    expect(scoreLinkTarget({ text: kelly002, speakerKey: "anna-kelly" }, existing)).toEqual({ id: "q-kelly", score: 1 });
  });

  it("starts a new quote for a new remark or a different speaker", () => {
    expect(pickLinkTarget({ text: "“This issue has never come up,”", speakerKey: RUBIO }, existing)).toBeNull();
    expect(pickLinkTarget({ text: "Interdiction doesn’t work,", speakerKey: RUBIO }, existing)).toBeNull();
    expect(pickLinkTarget({ text: eu004, speakerKey: "kaja-kallas" }, existing)).toBeNull();
    expect(pickLinkTarget({ text: eu004, speakerKey: RUBIO }, [])).toBeNull();
  });
});
