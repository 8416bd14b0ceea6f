/**
 * Round 9 (tuned on heldout10 after its blind score), on invented text: a content clause without
 * "that", an "of the <body>" aside, the office holder who opens the sentence, a wire quote left
 * open after a lead-in paragraph, a statement issued by a pronoun's referent, "pointed out the
 * leader", and "the official" for the office holder just named.
 */
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");
const registry = createRegistry([]);

function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry });
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

describe("round 9 speakers", () => {
  it("gives words in a content clause without 'that' to the outer speaker", () => {
    expect(who("Committee Chairman Harlan Voss said the ministry had briefed lawmakers \u201cextensively\u201d and that he was satisfied.")).toEqual(["extensively => Harlan Voss"]);
  });
  it("skips an 'of the <body>' aside to reach the person", () => {
    const text = "The lawyer Bruno Ortega Paz, of the Coastal Rights Committee (CRC), based in Manta, considered that the case shows \u201cthe absolute defenselessness\u201d of the families.";
    expect(who(text)).toEqual(["the absolute defenselessness => Bruno Ortega Paz"]);
  });
  it("reads 'the president' as the one who opens the sentence before, when two presidents fit", () => {
    const text = "President Harlan Voss and Ruritanian President Emil Strand have traded insults.\n\nVoss, asked about Strand on Wednesday, was blunt. \u201cHe had better be careful,\u201d the president said.";
    expect(who(text)).toEqual(["He had better be careful => Harlan Voss"]);
  });
  it("gives a wire quote left open after a lead-in paragraph to the lead-in's subject", () => {
    const text = "Emil Strand, speaking later at a rally, went further.\n\n\u201cThis is not a war on drugs.\n\n\u201cWe will keep fighting cocaine.\u201d";
    expect(who(text)).toEqual(["This is not a war on drugs. => Emil Strand", "We will keep fighting cocaine. => Emil Strand"]);
  });
  it("reads 'the statement said' after a statement a pronoun issued", () => {
    const text = "Prime Minister Adaeze Holloway has backed the deployment. She struck a similar tone in a statement issued on Wednesday night.\n\n\u201cWe will not shed tears,\u201d the statement said.";
    expect(who(text)).toEqual(["We will not shed tears => Adaeze Holloway"]);
  });
  it("reads 'pointed out the leader' and 'indicated the official'", () => {
    const text = "The leader of the Harbour Fishing Federation, Narcisa Loor Vera, assured that fishermen work in fear.\n\n\u201cNobody goes beyond 40 miles,\u201d pointed out the leader.\n\nThe Minister of the Interior, Tomas Reyna, said the government had no names. \u201cI ask for calm,\u201d indicated the official.";
    expect(who(text)).toEqual(["Nobody goes beyond 40 miles => Narcisa Loor Vera", "I ask for calm => Tomas Reyna"]);
  });
});

describe("names with two particles", () => {
  it("reads titled and untitled names with 'de la' or 'van der' as one person", async () => {
    const { extractActors } = await import("../../src/domain/extraction/actors");
    const { segment } = await import("../../src/domain/extraction/segment");
    const text = "She instructed Foreign Minister Juan Ramón de la Pinta to meet the envoy. Later, MP Merel van der Koog spoke.";
    const names = extractActors(text, segment(text), registry).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Juan Ramón de la Pinta", "Merel van der Koog"]));
  });
});

describe("round 10 (tuned on heldout11 after its blind score)", () => {
  it("never takes an 'of <party>' appositive for the subject", () => {
    const text = "Senator Juliana Ortiz Arango, of Centro Democrático, said that the president \u201chas put at risk a relationship of two centuries.\u201d";
    expect(who(text)).toEqual(["has put at risk a relationship of two centuries. => Juliana Ortiz Arango"]);
  });
  it("keeps an official at a body unnamed, past the stops of 'U.S.'", () => {
    const text = "An official at the U.S. Embassy in Lima, who was not authorized to speak publicly, said the embassy was \u201caware of the reports\u201d and referred questions to the Pentagon.";
    expect(who(text)).toEqual(["aware of the reports => null"]);
  });
  it("reads a Latin American 'Chancellor' as the foreign minister", () => {
    const text = "Chancellor Rosa Villamar explained that the decision \u201cdoes not mean a rupture.\u201d \u201cWe deserve respect,\u201d the foreign minister assured.";
    expect(who(text)).toEqual(["does not mean a rupture. => Rosa Villamar", "We deserve respect => Rosa Villamar"]);
  });
  it("prefers the office holder opening the sentence before, even with a title before the name", () => {
    const text = "Ruritanian President Emil Strand and President Harlan Voss have traded insults.\n\nPresident Emil Strand responded forcefully to Voss on Sunday.\n\n\u201cI am not a businessman,\u201d wrote the head of state on his X account.";
    expect(who(text)).toEqual(["I am not a businessman => Emil Strand"]);
  });
});

describe("round 11 (tuned on heldout12 after its blind score)", () => {
  it("lets 'he' after an anonymous source stay unnamed, until someone else is named", () => {
    const text = "Harlan Voss told donors the war had lasted decades.\n\nOne former senior official, who asked not to be named, described the mood differently. \u201cNobody wanted to say no,\u201d he said.\n\nBack at the port, Mr Emil Quispe was mending a net. \u201cThey say they know,\u201d he said.";
    expect(who(text)).toEqual(["Nobody wanted to say no => null", "They say they know => Emil Quispe"]);
  });
  it("reads tabloid reporting verbs", () => {
    expect(who("\u201cThe fake news is at it again,\u201d Harlan Voss fumed in a post on X.")).toEqual(["The fake news is at it again => Harlan Voss"]);
    expect(who("\u201cIt is a smear,\u201d Ada Kimsey slammed.")).toEqual(["It is a smear => Ada Kimsey"]);
  });
});

describe("round 12 (tuned on heldout13 after its blind score)", () => {
  it("never lets a given name's gender pass over the person just named", () => {
    const text = "Two officials said Holsey had raised concerns. The officials spoke on condition of anonymity.\n\nPentagon press secretary Kingsley Wilmot disputed that account. \u201cAny suggestion otherwise is false,\u201d she said.";
    expect(who(text)).toEqual(["Any suggestion otherwise is false => Kingsley Wilmot"]);
  });
  it("reads the possessor of a non-person subject as the antecedent", () => {
    const text = "Mr Harlan Voss\u2019s campaign against what he calls \u2018narco-terrorists\u2019 has destroyed 19 boats.";
    expect(who(text)).toEqual(["narco-terrorists => Harlan Voss"]);
  });
  it("keeps 'One of them, a former official who …, said' unnamed", () => {
    const text = "The objections centred on the theory, the sources said. One of them, a former official who was involved in the talks, said lawyers had warned it would be \u201cvery hard to defend in any court.\u201d";
    expect(who(text)).toEqual(["very hard to defend in any court. => null"]);
  });
});
