/**
 * Speaker mechanisms of round 5, on invented text (made-up people, bodies and places): gender from
 * a given name every name list agrees on, the subject of the pronoun's own sentence, a country's
 * body written in lower case, a bare verb form that is a noun, "X of the Y said", "continue" before
 * a quote, and a lowercase role noun introducing a name.
 */
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractActors } from "../../src/domain/extraction/actors";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { fullNameGender, givenNameGender } from "../../src/domain/extraction/given-name";
import { segment } from "../../src/domain/extraction/segment";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");
const registry = createRegistry([]);

function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry });
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

function mentions(text: string): string[] {
  return extractActors(text, segment(text), registry).flatMap((a) => a.mentions.map((m) => `${m.text} -> ${a.name}`));
}

describe("gender from a given name", () => {
  it("reads names every list agrees on, with or without accents", () => {
    expect(givenNameGender("Marleny")).toBe("f");
    expect(givenNameGender("Lucía")).toBe("f");
    expect(givenNameGender("Wilmer")).toBe("m");
  });
  it("reads nothing where the lists disagree or the name is one word", () => {
    expect(givenNameGender("Andrea")).toBeNull();
    expect(givenNameGender("Jean")).toBeNull();
    expect(fullNameGender("Restrepo")).toBeNull();
    expect(fullNameGender("J. Restrepo")).toBeNull();
  });
  it("lets 'she' skip a man named more recently", () => {
    const text =
      "In Cali, the sociologist Marisol Quintero Páez has counted the missing. Across town, Rodrigo Baena Luna, a boat owner, disputes the figures. " +
      "\u201cThe numbers are the numbers,\u201d she said.";
    expect(who(text)).toEqual(["The numbers are the numbers => Marisol Quintero Páez"]);
  });
});

describe("a pronoun in its subject's own sentence", () => {
  it("is the subject, not an object named after it", () => {
    const text = "Interior Minister Tobias Quarles praised the port and thanked Governor Elm Hadley for what he described as \u201cquiet courage.\u201d";
    expect(who(text)).toEqual(["quiet courage. => Tobias Quarles"]);
  });
});

describe("a country's body in lower case", () => {
  it("is one mention of the body, by demonym or possessive", () => {
    const m = mentions("The Peruvian navy said it had found debris. Chile's coast guard joined the search.");
    expect(m).toContain("Peruvian navy -> Peruvian Navy");
    expect(m).toContain("Chile's coast guard -> Chilean Coast Guard");
    expect(m.some((x) => x.startsWith("Chile ->"))).toBe(false);
  });
  it("speaks as that body, even after an interposed clause", () => {
    const text = "The Peruvian navy, asked whether it had recovered wreckage, said in a statement that it had \u201cno record of debris in Peruvian waters.\u201d";
    expect(who(text)).toEqual(["no record of debris in Peruvian waters. => Peruvian Navy"]);
  });
});

describe("attribution read leftwards", () => {
  it("does not take 'the Gazette report' for a reporting verb", () => {
    const text = "Sen. Harlan Voss had said after the Gazette report that his panel would hold \u201ca full inquiry.\u201d";
    expect(who(text)).toEqual(["a full inquiry. => Harlan Voss"]);
  });
  it("takes the person before 'of the … party' as the subject", () => {
    const text = "Deputy Ilse Marrow Quintal of the opposition Nueva Senda party said the pact was \u201ca blank cheque\u201d and demanded a vote.";
    expect(who(text)).toEqual(["a blank cheque => Ilse Marrow Quintal"]);
  });
  it("never reads 'would continue' before a quote as the attribution", () => {
    const text = "Defence Minister Ottar Lind, in a post on X, promised that Operation Grey Tide would continue \u201cuntil the routes are closed.\u201d";
    expect(who(text)).toEqual(["until the routes are closed. => Ottar Lind"]);
  });
  it("still reads 'continued:' as one", () => {
    expect(who("Lind continued: \u201cWe will not stop.\u201d")).toEqual(["We will not stop. => Lind"]);
  });
});

describe("a lowercase role noun before a name", () => {
  it("shows the name is a person's", () => {
    const m = mentions("The criminologist Oyelaran Ndubuisi-Kwame has tracked the trade for a decade.");
    expect(m).toContain("Oyelaran Ndubuisi-Kwame -> Oyelaran Ndubuisi-Kwame");
  });
});

describe("offices named by what they do (translated copy)", () => {
  it("reads 'the head of state' as the leader named before", () => {
    const text = "The President of Ruritania, Elena Vasquez Mora, affirmed that her government \u00abdoes not agree\u00bb. \u00abWe want the treaties respected\u00bb, expressed the head of state.";
    expect(who(text)).toEqual(["does not agree => Elena Vasquez Mora", "We want the treaties respected => Elena Vasquez Mora"]);
  });
  it("reads 'the head of the X diplomacy' as the foreign minister", () => {
    const text = "The Minister for Foreign Affairs, Pieter Maaskant, judged the raids \u00abunacceptable\u00bb. \u00abOur citizens live there\u00bb, declared the head of the Dutch diplomacy.";
    expect(who(text).at(-1)).toBe("Our citizens live there => Pieter Maaskant");
  });
});

describe("named spokespeople and lead-ins", () => {
  it("lets a spokesperson's appositive name speak after a participle", () => {
    const text = "In Ruritania, the spokesman of the Presidency, Tomas Wendler Ruiz, limited himself to affirming that the government \u00abfollows with attention\u00bb the case.";
    expect(who(text)).toEqual(["follows with attention => Tomas Wendler Ruiz"]);
  });
  it("gives the words after 'Her conclusion was blunt:' to the possessor", () => {
    const text = "The economist Ingrid Sola Marquez has tracked the trade. Her conclusion, in a post on X, was blunt: \u201cPrices are up and nobody important has been hurt.\u201d";
    expect(who(text)).toEqual(["Prices are up and nobody important has been hurt. => Ingrid Sola Marquez"]);
  });
  it("gives a quoted paragraph after 'The key line:' to the person the paragraph was about", () => {
    const text = "Dragan Petrovski has been speaking on state television for an hour. The key line, for markets at least:\n\n\u201cWe are ready to talk. We will not kneel.\u201d";
    expect(who(text)).toEqual(["We are ready to talk. We will not kneel. => Dragan Petrovski"]);
  });
  it("reads 'the priest' as the person titled Father", () => {
    const text = "Father Anselmo Quiroga celebrated a Mass for the missing men. \u201cWe are burying an absence,\u201d the priest told the congregation.";
    expect(who(text)).toEqual(["We are burying an absence => Anselmo Quiroga"]);
  });
  it("separates the outlet spoken to from the speaker after an inverted verb", () => {
    const text = "\u00abWe are asking for the truth\u00bb, declared to Radio Costa Mrs. Gilda Paredes Lora, 61 years old.";
    expect(who(text)).toEqual(["We are asking for the truth => Gilda Paredes Lora"]);
  });
});

describe("people introduced by office or role", () => {
  it("reads a hyphenated title and a lowercase office before a name", () => {
    const m = mentions("In Ruritania, Co-President Mila Orsova spoke first. The Borduvian chancellor, Radim Kostal Vidal, replied. A Ruritanian congresswoman from Velka, Hedda Morin Sala, abstained.");
    expect(m).toContain("Mila Orsova -> Mila Orsova");
    expect(m).toContain("Radim Kostal Vidal -> Radim Kostal Vidal");
    expect(m).toContain("Hedda Morin Sala -> Hedda Morin Sala");
  });
  it("never takes a sentence-opening participle for part of a name", () => {
    const m = mentions("The lawmaker Hedda Morin Sala spoke. Echoing Kostal, who called the raids illegal, she asked for a vote.");
    expect(m.some((x) => x.startsWith("Echoing"))).toBe(false);
  });
});
