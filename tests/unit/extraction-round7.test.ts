/**
 * Round 7 (tuned on heldout8 after its blind score), on invented text: an unnamed source's later
 * "the officer", "the woman"/"the man", "the PM", the nearer of two presidents, the passive never
 * attributes, a country inside a that-clause, a wife listed after a man is not his gender, an
 * office in a body before its holder's name, dates after present-tense schedule verbs, and
 * figures with adverbs, survivors killed and boats that were not struck.
 */
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractActors } from "../../src/domain/extraction/actors";
import { extractDates } from "../../src/domain/extraction/dates";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { extractFigures } from "../../src/domain/extraction/figures";
import { segment } from "../../src/domain/extraction/segment";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");
const registry = createRegistry([]);

function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry });
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

function figures(text: string): string[] {
  const seg = segment(text);
  return extractFigures(text, seg, extractDates(text, seg, published), published).map((f) => `${f.text}|${f.value}|${f.kind}`);
}

describe("speakers by description", () => {
  it("keeps 'the officer' unnamed when the officer was an anonymous source", () => {
    const text = "A senior coast guard officer, who asked not to be identified, told the Courier that the order \u201cleaves us blind.\u201d The officer added: \u201cWe lost more than they did.\u201d";
    expect(who(text)).toEqual(["leaves us blind. => null", "We lost more than they did. => null"]);
  });
  it("reads 'the woman' as the woman named last", () => {
    const text = "Rosalba Quimis Vera, sister of one of the missing, said nobody had called. \u00abLet them be judged here\u00bb, added the woman, who said her brother leaves three children.";
    expect(who(text)).toEqual(["Let them be judged here => Rosalba Quimis Vera"]);
  });
  it("reads 'the PM' as the prime minister", () => {
    const text = "Prime Minister Adaeze Holloway said the government had no information. \u201cThere is no evidence,\u201d the PM said.";
    expect(who(text)).toEqual(["There is no evidence => Adaeze Holloway"]);
  });
  it("takes the president just named over one named long before", () => {
    const filler = " The cooperative has about 300 members and sells most of its catch in the capital, where prices have fallen since the spring.".repeat(4);
    const text = `The president of the Harbour Fishermen's Cooperative, Anselmo Quiroz Vera, spoke first.${filler}\n\nFor his part, the head of state, Dario Velandia, defended the cooperation on Sunday. \u201cWe are going to win,\u201d the president declared.`;
    expect(who(text)).toEqual(["We are going to win => Dario Velandia"]);
  });
});

describe("attribution", () => {
  it("never attributes through a passive verb", () => {
    const text = "Lawmakers were notified of the \u201carmed conflict\u201d only in a two-page letter.";
    expect(who(text)).toEqual([]);
  });
  it("gives words inside a that-clause about a country to the outer speaker", () => {
    const text = "President Ilse Marrow spoke on Tuesday. The president added that Peru had responded \u201cas a humanitarian matter\u201d and that the search continued.";
    expect(who(text)).toEqual(["as a humanitarian matter => Ilse Marrow"]);
  });
  it("does not read a wife listed after a man as his gender", () => {
    const text = "The Treasury added Tobias Ferro, his wife Veronica Alcazar and an aide to its list.\n\nFerro answered within hours.\n\n\u201cNot one step back,\u201d he wrote.";
    expect(who(text)).toEqual(["Not one step back => Tobias Ferro"]);
  });
  it("separates an office in a body from its holder's name", () => {
    const text = "President of the Cedros Fisherfolk Association Tamar Oduya said fishermen were afraid.";
    const names = extractActors(text, segment(text), registry).map((a) => `${a.name}:${a.kind}`);
    expect(names).toContain("Tamar Oduya:person");
    expect(names).toContain("Cedros Fisherfolk Association:organization");
  });
});

describe("dates after present-tense schedule verbs", () => {
  it("reads the next such month", () => {
    const text = "He leaves office in August. The opposition attacked the president, whose term ends after elections in May.";
    const t = Object.fromEntries(extractDates(text, segment(text), published).map((d) => [d.text, d.date]));
    expect(t).toMatchObject({ August: "2026-08", May: "2026-05" });
  });
});

describe("figures", () => {
  it("reads a toll with an adverb between auxiliary and verb", () => {
    expect(figures("At least 43 people have now been killed in the strikes.")).toEqual(["At least 43 people|43|killed"]);
  });
  it("counts survivors killed by a second strike as killed", () => {
    expect(figures("A second strike killed two survivors of the first.")).toEqual(["two survivors|2|killed"]);
  });
  it("does not count boats that leave port as boats struck", () => {
    expect(figures("About 300 small boats leave the port every week.").filter((f) => f.endsWith("|vessels"))).toEqual([]);
  });
});

describe("mentions", () => {
  it("reads a name with a quoted nickname as one mention, and the nickname as no statement", () => {
    const text = "The raid was ordered by Adm Tobias \u201cToby\u201d Wrenfield, who led the command. Later, Wrenfield said \u201cno\u201d.";
    const actors = extractActors(text, segment(text), registry);
    expect(actors.find((a) => a.name === "Tobias Wrenfield")?.mentions.map((m) => m.text)).toEqual(["Tobias \u201cToby\u201d Wrenfield", "Wrenfield"]);
    expect(who(text)).toEqual(["no => Tobias Wrenfield"]);
  });
  it("reads a bare 'Navy' in a headline as the one country's navy the article names", () => {
    const text = "President rejects strikes as Navy searches for survivor\n\nThe Peruvian Navy continued searching on Tuesday.";
    const actors = extractActors(text, segment(text), registry);
    expect(actors.find((a) => a.name === "Peruvian Navy")?.mentions.map((m) => m.text)).toEqual(["Navy", "Peruvian Navy"]);
  });
});
