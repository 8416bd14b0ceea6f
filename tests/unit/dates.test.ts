import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/domain/extraction/dates";
import { segment } from "../../src/domain/extraction/segment";
import type { ArticleDate, ExtractedDate } from "../../src/domain/extraction/types";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

function dates(text: string, published: string): ExtractedDate[] {
  const out = extractDates(text, segment(text), parsePublicationDate(published));
  for (const d of out) expect(text.slice(d.start, d.end)).toBe(d.text);
  return out;
}

/** phrase -> "value precision[~]" for compact assertions. */
function table(text: string, published: string): Record<string, string> {
  const t: Record<string, string> = {};
  for (const d of dates(text, published)) t[d.text] = `${d.date} ${d.precision}${d.approximate ? "~" : ""}`;
  return t;
}

function seed(name: string): string {
  return normalizeText(readFileSync(path.join(import.meta.dirname, "../../seeds", name), "utf8"));
}

describe("extractDates: weekdays resolve to the past", () => {
  // 13 Nov 2025 is a Thursday.
  it("takes the most recent such day on or before publication", () => {
    expect(table("On Tuesday, the ministry said so. The outlets reported on Wednesday. She spoke Thursday.", "2025-11-13")).toEqual({
      Tuesday: "2025-11-11 day",
      Wednesday: "2025-11-12 day",
      Thursday: "2025-11-13 day",
    });
  });

  it("reads Friday in a Thursday article as last week's Friday, not tomorrow", () => {
    expect(table("The vessel was hit on Friday.", "2025-11-13")).toEqual({ Friday: "2025-11-07 day" });
  });

  it("handles a Sunday publication and the week boundary", () => {
    // 19 Oct 2025 is a Sunday.
    expect(table("Officials said on Saturday the boat sank. Petro spoke on Sunday. The strike was on Monday.", "2025-10-19")).toEqual({
      Saturday: "2025-10-18 day",
      Sunday: "2025-10-19 day",
      Monday: "2025-10-13 day",
    });
  });

  it("crosses a month and a year boundary", () => {
    // 2 Jan 2026 is a Friday: "on Tuesday" is 30 Dec 2025.
    expect(table("The strike came on Tuesday.", "2026-01-02")).toEqual({ Tuesday: "2025-12-30 day" });
  });

  it("reads 'last Thursday' as strictly before publication and 'next Tuesday' as after", () => {
    const t = table("In a post last Thursday, he wrote. The vote is next Tuesday.", "2025-11-19");
    expect(t["last Thursday"]).toBe("2025-11-13 day");
    expect(t["next Tuesday"]).toBe("2025-11-25 day");
  });

  it("looks forward when the clause speaks of the future", () => {
    expect(table("Ministers will meet on Friday to discuss it.", "2025-11-13")).toEqual({ Friday: "2025-11-14 day" });
    // The future verb is in another clause: the Friday is past.
    expect(table("The strikes will continue, he said on Friday.", "2025-11-13")).toEqual({ Friday: "2025-11-07 day" });
  });

  it("lowers precision when the article is dated only to the month", () => {
    const [d] = dates("On Tuesday, the State Department said.", "2025-08");
    expect(d).toMatchObject({ text: "Tuesday", date: "2025-08", precision: "month", approximate: true });
  });
});

describe("extractDates: relative phrases", () => {
  it("'two weeks ago' is the week two weeks back, approximate", () => {
    expect(dates("Two weeks ago, the administration acted.", "2025-08-08")[0]).toMatchObject({
      text: "Two weeks ago",
      date: "2025-07-21",
      precision: "week",
      approximate: true,
    });
  });

  it("'late last month' is the previous month, approximate, across a year boundary", () => {
    expect(dates("Late last month, the Senate confirmed him.", "2026-01-10")[0]).toMatchObject({
      text: "Late last month",
      date: "2025-12",
      precision: "month",
      approximate: true,
    });
  });

  it("'this week', 'last week', 'last year', 'this year'", () => {
    expect(table("She said this week that it was over. The pause was reported last week. As of last year, most did. Already this year, many have.", "2025-11-15")).toEqual({
      "this week": "2025-11-10 week",
      "last week": "2025-11-03 week",
      "last year": "2024 year",
      "this year": "2025 year",
    });
  });

  it("crosses month and year boundaries for weeks and months", () => {
    // 3 Jan 2026 is a Saturday.
    expect(table("It was reported last week. Two weeks ago, boats sank. Three months ago it began. Earlier this month it rose.", "2026-01-03")).toEqual({
      "last week": "2025-12-22 week",
      "Two weeks ago": "2025-12-15 week~",
      "Three months ago": "2025-10 month~",
      "Earlier this month": "2026-01 month~",
    });
  });

  it("reads 'the weekend' as the last one before a weekday article", () => {
    // 21 Oct 2025 is a Tuesday: the weekend was 18-19 Oct, in the week of 13 Oct.
    expect(table("The raid, carried out over the weekend, killed three.", "2025-10-21")).toEqual({ "the weekend": "2025-10-13 week~" });
  });

  it("'this week' in a Sunday article is the week ending that day", () => {
    expect(table("Leaders met this week.", "2025-11-16")).toEqual({ "this week": "2025-11-10 week" });
  });

  it("'Earlier this year' keeps its modifier in the span", () => {
    expect(table("Earlier this year, Trump ordered it.", "2025-08")).toEqual({ "Earlier this year": "2025 year~" });
  });

  it("yesterday, today and a fortnight ago", () => {
    expect(table("He told the BBC's Today programme yesterday. Dutch officials said a fortnight ago that they knew. Today, it ends.", "2025-11-19")).toEqual({
      yesterday: "2025-11-18 day",
      "a fortnight ago": "2025-11-03 week~",
      Today: "2025-11-19 day",
    });
  });

  it("'two days later' counts from the previous date in the text", () => {
    const t = table("In announcing two weeks ago that it would act, the Treasury spoke.\n\nTwo days later, Rubio issued a statement.", "2025-08-08");
    expect(t["two weeks ago"]).toBe("2025-07-21 week~");
    expect(t["Two days later"]).toBe("2025-07-27 day~");
  });

  it("'the same day' repeats the previous date; with nothing before it is skipped", () => {
    expect(table("On Tuesday, CNN reported it. Barrot said the same day that it was illegal.", "2025-11-13")["the same day"]).toBe("2025-11-11 day");
    expect(dates("He said the same day that it was illegal.", "2025-11-13")).toEqual([]);
  });

  it("skips durations and phrases counted from an event", () => {
    expect(dates("His family has waited for three days. Five days before the first strike, officials spoke. It rose over the past decade.", "2025-11-13")).toEqual([]);
  });
});

describe("extractDates: months and years", () => {
  it("a bare month is the most recent one on or before publication", () => {
    expect(table("The strikes began in September. In February, the department acted. In April, Trump proposed it.", "2025-11-13")).toEqual({
      September: "2025-09 month",
      February: "2025-02 month",
      April: "2025-04 month",
    });
    // For an August article, September is last year's.
    expect(table("The strikes began in September.", "2025-08-08")).toEqual({ September: "2024-09 month" });
  });

  it("reads a span of years as two years, and a day counted in years from publication", () => {
    expect(table("Ana Ruiz, 1961-2024: a life at sea.", "2025-11-20")).toEqual({ "1961": "1961 year", "2024": "2024 year" });
    expect(table("The raid on March 3 last year killed four.", "2026-01-05")).toEqual({ "March 3 last year": "2025-03-03 day" });
    expect(table("The vote is tomorrow.", "2025-11-20")).toEqual({ tomorrow: "2025-11-21 day" });
    expect(dates("Case 2025-1187 and code 1961-44 are not years.", "2025-11-20")).toEqual([]);
  });

  it("a schedule verb, 'ahead of' or an infinitive carried 'until' a month looks forward", () => {
    expect(table("Parliament, which reconvenes in February, will decide.", "2025-12-10")).toEqual({ February: "2026-02 month" });
    expect(table("The cartel agreed on Monday to hold prices until April.", "2025-12-10")).toEqual({ Monday: "2025-12-08 day", April: "2026-04 month" });
    expect(table("Markets were calm ahead of the vote on Friday.", "2025-12-10")).toEqual({ Friday: "2025-12-12 day" });
    // Past tense with "until" stays in the past.
    expect(table("The port stayed closed until April.", "2025-12-10")).toEqual({ April: "2025-04 month" });
  });

  it("reads holidays on or before publication, or ahead when the clause looks forward", () => {
    expect(table("The strikes had killed 40 people by Christmas Eve.", "2025-12-29")).toEqual({ "Christmas Eve": "2025-12-24 day" });
    expect(table("Families will gather ahead of Thanksgiving.", "2025-11-20")).toEqual({ Thanksgiving: "2025-11-27 day" });
    expect(table("The raid came days after Halloween.", "2025-11-20")).toEqual({ Halloween: "2025-10-31 day" });
  });

  it("a bare month in a future or reported-future clause is the next one", () => {
    expect(table("The envoy said she would step down in February.", "2025-11-20")).toEqual({ February: "2026-02 month" });
    expect(table("A vote is expected in January.", "2025-11-20")).toEqual({ January: "2026-01 month" });
    // "would have" looks back.
    expect(table("He would have retired in June.", "2025-11-20")).toEqual({ June: "2025-06 month" });
  });

  it("keeps modifiers: 'early September', 'mid-October', 'the end of March'", () => {
    expect(table("The strikes, which began in early September, continued. By mid-October they grew. It ended by the end of March.", "2025-11-12")).toEqual({
      "early September": "2025-09 month~",
      "mid-October": "2025-10 month~",
      "the end of March": "2025-03 month~",
    });
  });

  it("does not read the verb 'may' or 'march' as a month", () => {
    expect(dates("It may face challenges. Protesters march on the capital. May God help us.", "2025-11-13")).toEqual([]);
  });

  it("reads years, including years used as modifiers, and decades", () => {
    expect(table("In 1989, Bush sent troops. Under an 1878 law it is illegal. It was a talking point in the 2024 election cycle. In the 1990s, the military helped. He served in the early 2000s.", "2025-08-08")).toEqual({
      "1989": "1989 year",
      "1878": "1878 year",
      "2024": "2024 year",
      "the 1990s": "1990 year~",
      "the early 2000s": "2000 year~",
    });
  });

  it("does not read counts, money, percentages, codes or times as dates", () => {
    expect(dates("He sent 2000 troops and $50 million. About 1500 people fled. MS-13 grew 80%. Resolution 2803 passed. 0:00 0:00", "2025-11-13")).toEqual([]);
  });
});

describe("extractDates: calendar dates", () => {
  it("reads full dates in several styles", () => {
    expect(table("Published On 13 Nov 2025\n— Department of State (@StateDept) November 13, 2025\nNov. 15, 2025\nWed 19 Nov 2025 18.02 GMT", "2025-11-13")).toEqual({
      "13 Nov 2025": "2025-11-13 day",
      "November 13, 2025": "2025-11-13 day",
      "Nov. 15, 2025": "2025-11-15 day",
      "Wed 19 Nov 2025": "2025-11-19 day",
    });
  });

  it("keeps a weekday with its date as one date", () => {
    const d = dates("President Donald Trump arrives at Joint Base Andrews, Md., Wednesday, June 25, 2025. (AP Photo)", "2025-08-08");
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ text: "Wednesday, June 25, 2025", date: "2025-06-25", precision: "day" });
  });

  it("reads 'Sept. 11, 2001' and the Sept. 11 attacks", () => {
    expect(table("after the terrorist attacks of Sept. 11, 2001, but not after", "2025-08-08")).toEqual({ "Sept. 11, 2001": "2001-09-11 day" });
    expect(table("since the Sept. 11 attacks, the law changed.", "2025-08-08")).toEqual({ "Sept. 11": "2001-09-11 day" });
  });

  it("reads two month dates in a range", () => {
    expect(table("Between January 2024 and June 2025, 85% of intelligence came from Colombia.", "2025-11-15")).toEqual({
      "January 2024": "2024-01 month",
      "June 2025": "2025-06 month",
    });
  });

  it("gives a day without a year the nearest year, leaning to the past", () => {
    expect(table("CARTAGENA, Colombia, Dec 2 (Reuters) - The campaign began on Sept. 2.", "2025-12-02")).toEqual({
      "Dec 2": "2025-12-02 day",
      "Sept. 2": "2025-09-02 day",
    });
    // A December date in a January article is last month, not eleven months ahead.
    expect(table("The strike on Dec. 30 killed three.", "2026-01-04")).toEqual({ "Dec. 30": "2025-12-30 day" });
  });
});

describe("extractDates: seeds", () => {
  it("resolves the Al Jazeera seed", () => {
    const t = table(seed("000_4a60a8d9548e7c7e.txt"), "2025-11-13");
    expect(t).toMatchObject({
      "13 Nov 2025": "2025-11-13 day",
      Wednesday: "2025-11-12 day",
      September: "2025-09 month",
      "November 13, 2025": "2025-11-13 day",
      Tuesday: "2025-11-11 day",
    });
  });

  it("resolves the WLRN seed without reading the player's 0:00 as a time", () => {
    const text = seed("001_bc7522480e5342aa.txt");
    const d = dates(text, "2025-08-08");
    expect(d.some((x) => x.text.includes("0:00"))).toBe(false);
    const t = table(text, "2025-08-08");
    expect(t).toMatchObject({
      "Late last month": "2025-07 month~",
      "Two weeks ago": "2025-07-21 week~",
      Thursday: "2025-08-07 day",
      "Sept. 11, 2001": "2001-09-11 day",
      "1878": "1878 year",
      April: "2025-04 month",
    });
    expect(d.filter((x) => x.text === "Wednesday, June 25, 2025")).toHaveLength(2);
  });

  it("resolves the WSJ seed", () => {
    const t = table(seed("004_c31caaca01209193.txt"), "2025-11-15");
    expect(t).toMatchObject({
      "Nov. 15, 2025": "2025-11-15 day",
      January: "2025-01 month",
      "last year": "2024 year",
      Thursday: "2025-11-13 day",
      Wednesday: "2025-11-12 day",
      Tuesday: "2025-11-11 day",
      "this week": "2025-11-10 week",
      "2012": "2012 year",
      "1983": "1983 year",
    });
  });

  it("never throws and keeps spans exact on odd input", () => {
    const published: ArticleDate = { date: "2025-11-13", precision: "day", approximate: false };
    for (const text of ["", "\u0000\uFFFF", "Tuesday".repeat(50), "in 9999 and 0000", "\uD800 Nov. 99, 2025 ago ago"]) {
      const out = extractDates(text, segment(text), published);
      for (const d of out) expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });
});
