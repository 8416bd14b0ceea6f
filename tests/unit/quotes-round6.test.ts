/**
 * Speaker mechanisms of round 6 (tuned on heldout7), on invented text: bracketed party-state tags,
 * a relation before a name, a quote that closes a sentence it did not open, asides after a role,
 * staff named by their employer, participles of a document, "It said" after a document,
 * one of a group, British titles without a stop, inverted attributions after single quotes,
 * appositives before a relative clause, and namesakes told apart by gender.
 */
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractActors } from "../../src/domain/extraction/actors";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { segment } from "../../src/domain/extraction/segment";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");
const registry = createRegistry([]);

function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry });
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

describe("US congressional copy", () => {
  it("reads a name followed by a bracketed party-state tag", () => {
    expect(who("\u201cIt is indefensible,\u201d Rep. Corwin Hale (R-Neb.) told reporters.")).toEqual(["It is indefensible => Corwin Hale"]);
    expect(who("Sen. Lydia Marsh (D-Ore.), one of its sponsors, said on the floor: \u201cWe are not allowed to read it.\u201d")).toEqual(["We are not allowed to read it. => Lydia Marsh"]);
  });
  it("leaves one of a group unnamed, even when the group is named", () => {
    expect(who("\u201cThere are not five votes,\u201d said one senior House Republican aide, granted anonymity.")).toEqual(["There are not five votes => null"]);
  });
});

describe("relations and asides", () => {
  it("reads a relation, then the person's name", () => {
    expect(who("\u201cHe went out for snapper,\u201d his sister Orfelina Ipuana told reporters by phone.")).toEqual(["He went out for snapper => Orfelina Ipuana"]);
  });
  it("reads a role subject across a participle aside", () => {
    const text = "A Foreign Ministry spokesperson, asked about the recall, said the government \u201cwill keep every channel open.\u201d Parliament did not respond to a request for comment.";
    expect(who(text)).toEqual(["will keep every channel open. => Foreign Ministry"]);
  });
  it("never takes the next sentence's subject for a quote that closed a sentence it did not open", () => {
    const text = "Interior Minister Oskar Brandt told reporters that the navy had \u201cseized a tanker, a very large tanker.\u201d Attorney General Mara Vint said in a post that it was lawful.";
    expect(who(text)).toEqual(["seized a tanker, a very large tanker. => Oskar Brandt"]);
  });
});

describe("bodies behind the words", () => {
  it("gives analysts' words to their employer", () => {
    const text = "Analysts at Harrow Brothers Bank were more sanguine, saying in a note that the market \u201ccan absorb the loss.\u201d";
    expect(who(text)).toEqual(["can absorb the loss. => Harrow Brothers Bank"]);
  });
  it("skips a participle of a document to reach the subject", () => {
    const text = "The Northern Front said in a statement posted on its website that the men were \u201cfishermen from the region.\u201d";
    expect(who(text)).toEqual(["fishermen from the region. => Northern Front"]);
  });
  it("reads 'It said' after a document as its issuer", () => {
    const text = "The theory is set out in a notice the Defence Ministry sent to parliament. It said the country was in an \u201carmed conflict\u201d with the gangs.";
    expect(who(text)).toEqual(["armed conflict => Defence Ministry"]);
  });
});

describe("pronouns", () => {
  it("resolves after an inverted attribution closed by a single quote mark", () => {
    const text = "Critics were unmoved. \u2018You cannot kill people out of the fight,\u2019 said Marta Quell, the legal director of Redress.\n\n\u2018Officials should take legal advice today,\u2019 she said.";
    expect(who(text).at(-1)).toBe("Officials should take legal advice today => Marta Quell");
  });
  it("resolves to the name before an appositive and a relative clause", () => {
    const text = "Callum Reith, the party\u2019s defence spokesperson, who secured the debate, said that was not good enough. \u2018Parliament needs to know,\u2019 he said.";
    expect(who(text)).toEqual(["Parliament needs to know => Callum Reith"]);
  });
  it("reads British titles without a full stop", () => {
    const text = "Prof Alasdair Quine, an expert at the University of Tarn, said the risk was real. \u2018The question is what Britain knew,\u2019 he said.";
    expect(who(text)).toEqual(["The question is what Britain knew => Alasdair Quine"]);
  });
});

describe("namesakes", () => {
  it("are told apart by the gender the sentence gives the bare surname", () => {
    const text = "\u201cMy nephew is a fisherman,\u201d said Luz Marina Ardila, 47. Her nephew, Jhon Jairo Ardila, 23, has not been heard from.\n\nBack home, Ardila keeps her phone on the table.\n\n\u201cI call his number every morning,\u201d she said.";
    const actors = extractActors(text, segment(text), registry);
    const aunt = actors.find((a) => a.name === "Luz Marina Ardila")!;
    expect(aunt.mentions.map((m) => m.text)).toEqual(["Luz Marina Ardila", "Ardila"]);
    expect(who(text).at(-1)).toBe("I call his number every morning => Luz Marina Ardila");
  });
});
