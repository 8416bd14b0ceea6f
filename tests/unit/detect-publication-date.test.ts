import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectPublicationDate } from "../../src/domain/ingestion/detect-publication-date";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";

function detect(text: string): { date: string; evidence: string } | null {
  const r = detectPublicationDate(text);
  if (!r) return null;
  expect(r.date).toMatchObject({ precision: "day", approximate: false });
  return { date: r.date.date, evidence: text.slice(r.evidence.start, r.evidence.end) };
}

function seed(name: string): string {
  return normalizeText(readFileSync(path.join(import.meta.dirname, "../../seeds", name), "utf8"));
}

describe("detectPublicationDate", () => {
  it("reads 'Published On' under the headline (Al Jazeera seed)", () => {
    expect(detect(seed("000_4a60a8d9548e7c7e.txt"))).toEqual({ date: "2025-11-13", evidence: "Published On 13 Nov 2025" });
  });

  it("reads a line that is only a date (WSJ seed)", () => {
    expect(detect(seed("004_c31caaca01209193.txt"))).toEqual({ date: "2025-11-15", evidence: "Nov. 15, 2025" });
  });

  it("does not take a photo caption's date (WLRN seed)", () => {
    expect(detect(seed("001_bc7522480e5342aa.txt"))).toBeNull();
    expect(detect("Headline\nPresident Trump arrives at Andrews, Md., Wednesday, June 25, 2025. (AP Photo/Cliff Owen)\nBody.")).toBeNull();
  });

  it("finds nothing in undated seeds", () => {
    expect(detect(seed("002_ae32a3bb8822ae70.txt"))).toBeNull();
    expect(detect(seed("003_924fed60a36fb776.txt"))).toBeNull();
  });

  it("reads a date line with a time and a zone", () => {
    expect(detect("Headline\nNovember 13, 2025 at 5:00 PM EST\nBody text.")).toEqual({
      date: "2025-11-13",
      evidence: "November 13, 2025 at 5:00 PM EST",
    });
    expect(detect("UK ministers face questions\n\nEleanor Marsh, diplomatic correspondent\nWed 19 Nov 2025 18.02 GMT\n\nMinisters have been urged.")).toEqual({
      date: "2025-11-19",
      evidence: "Wed 19 Nov 2025 18.02 GMT",
    });
  });

  it("prefers 'Published' over 'Updated', and takes 'Updated' alone when that is all there is", () => {
    expect(detect("Headline\nUpdated 5:02 PM EST, Fri November 14, 2025\nPublished 3:00 PM EST, Thu November 13, 2025\nBody.")?.date).toBe("2025-11-13");
    expect(detect("Headline\nLast updated: 14 November 2025\nBody.")).toEqual({ date: "2025-11-14", evidence: "Last updated: 14 November 2025" });
  });

  it("reads a byline line ending in a date", () => {
    expect(detect("Headline\nBy Jane Doe | Nov. 15, 2025 5:30 am ET\nBody.")).toEqual({
      date: "2025-11-15",
      evidence: "Nov. 15, 2025 5:30 am ET",
    });
  });

  it("reads an ISO timestamp line", () => {
    expect(detect("Headline\n2025-11-13T10:00:00Z\nBody.")?.date).toBe("2025-11-13");
  });

  it("does not take a yearless dateline or a date deep in the body", () => {
    expect(detect("Headline\n\nCARTAGENA, Colombia, Dec 2 (Reuters) - The navy said.")).toBeNull();
    const body = ["Headline", ...Array.from({ length: 10 }, (_, i) => `Paragraph ${i} of the story.`), "Nov. 15, 2025"].join("\n");
    expect(detect(body)).toBeNull();
  });

  it("does not take an embedded post's date", () => {
    expect(detect("Headline\nText of the story.\n— Department of State (@StateDept) November 13, 2025\nMore.")).toBeNull();
  });

  it("never throws on odd input", () => {
    for (const t of ["", "\n\n\n", "\uD800", "Published On", "Published On 31 Feb 2025"]) expect(() => detectPublicationDate(t)).not.toThrow();
    expect(detectPublicationDate("Published On 31 Feb 2025")).toBeNull();
  });
});
