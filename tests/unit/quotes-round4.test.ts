/**
 * Speaker mechanisms of round 4, on invented text (made-up people, bodies and places): the person
 * echoed or cited in an opening phrase is not the subject, reporting verbs of translated wire copy,
 * a pronoun after "The Prefect of X, Y Z, …", and a speaker written with two surnames only.
 */
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { fullerName } from "../../src/domain/extraction/quotes/fuller-name";
import type { ExtractedActor } from "../../src/domain/extraction/types";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");

function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry: createRegistry([]) });
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

describe("an opening 'Echoing X,' phrase", () => {
  it("never makes X the antecedent of the pronoun that follows", () => {
    const text =
      "A regional lawmaker, Marta Quispe Llanos, raised the cases on Tuesday. Echoing Morales, who has called the raids illegal, she called them \u201ca sentence handed down without any hearing.\u201d";
    expect(who(text)).toEqual(["a sentence handed down without any hearing. => Marta Quispe Llanos"]);
  });

  it("keeps the named subject after the phrase", () => {
    const text =
      "Retired Col. Harold Benning said the agency was asking for trust. Echoing Benning, the economist Priya Venkataraman said the ministry wanted \u201ca blank check with no oversight at all.\u201d";
    expect(who(text)).toEqual(["a blank check with no oversight at all. => Priya Venkataraman"]);
  });
});

describe("reporting verbs of translated wire copy", () => {
  it("reads 'estimated', 'indicated' and 'judged' as reporting verbs", () => {
    const text = [
      "The Foreign Minister, Paul Dufresne, estimated on Monday that the operations \u00abare carried out in contempt of the law\u00bb.",
      "The deputy, Claire Montrose-Abel, judged for her part that the state \u00abcannot stop at expressing regret\u00bb.",
    ].join("\n\n");
    expect(who(text)).toEqual(["are carried out in contempt of the law => Paul Dufresne", "cannot stop at expressing regret => Claire Montrose-Abel"]);
  });
});

describe("a pronoun after an office whose appositive names the person", () => {
  it("goes to 'The Prefect of X, Y Z' rather than the previous speaker", () => {
    const text = [
      "The head of the fishermen's committee, Lucien Marbot-Delage, has asked the authorities to \u00absay who patrols where\u00bb.",
      "The Prefect of Guadeloupe, Paul Vasseur-Lamont, for his part wished to be reassuring. \u00abNo incident has been reported\u00bb, he indicated in a communiqu\u00e9.",
    ].join("\n\n");
    expect(who(text)).toEqual(["say who patrols where => Lucien Marbot-Delage", "No incident has been reported => Paul Vasseur-Lamont"]);
  });
});

describe("a speaker written with two surnames", () => {
  it("is the one person whose full name ends with them", () => {
    const text = [
      "Tomás Arreola Núñez, an opposition senator, said the deal had to go to a vote.",
      "\u201cWe were occupied once. Some of us remember,\u201d Arreola Núñez told reporters.",
      "A police spokesman, Colonel Julio Benítez Mora, said the packages weighed 400 kilograms. \u201cOur job is to seize the drugs,\u201d Benítez Mora said.",
    ].join("\n\n");
    expect(who(text)).toEqual(["We were occupied once. Some of us remember => Tomás Arreola Núñez", "Our job is to seize the drugs => Julio Benítez Mora"]);
  });

  it("is left alone when two people share the surnames", () => {
    const person = (name: string): ExtractedActor => ({ key: name, name, kind: "person", mentions: [] }) as unknown as ExtractedActor;
    const actors = [person("Tomás Arreola Núñez"), person("Inés Arreola Núñez"), person("Arreola Núñez"), person("Rosa Lamas")];
    expect(fullerName("Arreola Núñez", actors)).toBeNull();
    expect(fullerName("Co-President Rosa Lamas", actors)?.name).toBe("Rosa Lamas");
    expect(fullerName("Lamas", actors)).toBeNull();
  });
});
