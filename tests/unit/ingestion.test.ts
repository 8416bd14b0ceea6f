import { describe, expect, it } from "vitest";
import { detectByline, detectTitle } from "../../src/domain/ingestion/detect-byline";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";
import { prepareArticle } from "../../src/domain/ingestion/prepare-article";
import { parsePublicationDate, startOfDateValue } from "../../src/domain/ingestion/publication-date";
import { decodeArticleBytes } from "../../src/domain/ingestion/read-article-file";

describe("parsePublicationDate", () => {
  it("reads day, month and year precision", () => {
    expect(parsePublicationDate("2025-11-13")).toEqual({ date: "2025-11-13", precision: "day", approximate: false });
    expect(parsePublicationDate("2025-08")).toEqual({ date: "2025-08", precision: "month", approximate: false });
    expect(parsePublicationDate(" 2025 ")).toEqual({ date: "2025", precision: "year", approximate: false });
  });

  it("refuses impossible and malformed dates instead of rolling them over", () => {
    expect(() => parsePublicationDate("2025-02-30")).toThrow(/impossible date/);
    expect(() => parsePublicationDate("2025-13")).toThrow(/impossible date/);
    expect(() => parsePublicationDate("13/11/2025")).toThrow(/not YYYY-MM-DD/);
    expect(() => parsePublicationDate("1066-10-14")).toThrow(/out of range/);
  });

  it("gives the first day of a date at any precision", () => {
    expect(startOfDateValue("2025-09").toISOString()).toBe("2025-09-01T00:00:00.000Z");
    expect(startOfDateValue("2025").toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });
});

describe("normalizeText", () => {
  it("strips a BOM, unifies line ends and composes accents, so offsets are stable", () => {
    expect(normalizeText("\uFEFFTu\u0308rk said\r\n\r\n\r\n\r\nmore  \r\n")).toBe("Türk said\n\nmore");
  });
});

describe("decodeArticleBytes", () => {
  it("refuses binary, invalid UTF-8 and empty input with a reason", () => {
    expect(() => decodeArticleBytes("x.bin", new Uint8Array([1, 0, 2]))).toThrow(/binary file/);
    expect(() => decodeArticleBytes("x.txt", new Uint8Array([0x43, 0xe9, 0x20]))).toThrow(/not valid UTF-8/);
    expect(() => decodeArticleBytes("x.txt", new TextEncoder().encode(" \n "))).toThrow(/empty article/);
    expect(() => decodeArticleBytes("x.txt", new TextEncoder().encode("1234 5678"))).toThrow(/no words/);
  });
});

describe("bylines and titles", () => {
  it("reads 'By' lines and 'Write to' footers", () => {
    expect(detectByline("Headline\nBy Vafa Guliyeva\nText.")).toBe("Vafa Guliyeva");
    expect(detectByline("Text.\nWrite to Ann Lee at ann@x.com, Bo Park at bo@x.com and Cy Diaz at cy@x.com")).toBe(
      "Ann Lee, Bo Park and Cy Diaz",
    );
    expect(detectByline("Nothing here.\nBy the way, this is a sentence that is not a byline at all, officials said.")).toBeNull();
  });

  it("prefers a headline line, else the lede's first sentence", () => {
    expect(detectTitle("© 2025 Radio\nPlay Live\nPentagon confirms new strike in the Pacific\nBody.")).toBe(
      "Pentagon confirms new strike in the Pacific",
    );
    expect(detectTitle("Nov. 15, 2025\nFrance denounced the strikes as illegal. Canada said it was not involved in them at all.")).toBe(
      "France denounced the strikes as illegal.",
    );
  });
});

describe("prepareArticle", () => {
  const text = "Boat strike kills three\nPublished On 13 Nov 2025\nThe Pentagon said the strike killed three people.";

  it("points at the words a supplied date was read from", () => {
    const a = prepareArticle(text, {
      sourceKey: "a",
      outlet: "Wire",
      published: { date: "2025-11-13", basis: "stated", evidence: "Published On 13 Nov 2025" },
    });
    expect(text.slice(a.publishedEvidence!.start, a.publishedEvidence!.end)).toBe("Published On 13 Nov 2025");
    expect(a.publishedBasis).toBe("stated");
    expect(a.title).toBe("Boat strike kills three");
  });

  it("refuses evidence that is not in the text", () => {
    expect(() =>
      prepareArticle(text, { sourceKey: "a", outlet: "Wire", published: { date: "2025-11-13", basis: "stated", evidence: "Nov 13" } }),
    ).toThrow(/evidence "Nov 13" is not in the text/);
  });

  it("hashes the text, so identical text is recognised whatever its file name", () => {
    const a = prepareArticle(text, { sourceKey: "a", outlet: "Wire", published: { date: "2025-11-13", basis: "supplied" } });
    const b = prepareArticle(text, { sourceKey: "b", outlet: "Wire", published: { date: "2025-11-13", basis: "supplied" } });
    expect(a.contentHash).toBe(b.contentHash);
  });
});
