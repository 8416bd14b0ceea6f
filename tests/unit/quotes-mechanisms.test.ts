/**
 * Speaker mechanisms, each on invented text (made-up people, bodies and places; nothing from
 * the gold or held-out sets): definite descriptions, principals of offices and spokespeople,
 * namesakes, quotes that are statements by form, and statement intros in the paragraph before.
 */
import { describe, expect, it } from "vitest";
import { createRegistry, type KnownActor } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { readDescription, resolveDescription } from "../../src/domain/extraction/quotes/definite-description";
import type { ExtractedActor } from "../../src/domain/extraction/types";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");

function who(text: string, known: KnownActor[] = []): string[] {
  const { quotes } = extractArticle(text, { published, registry: createRegistry(known) });
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

const person = (name: string, role: string | null, start: number): ExtractedActor => ({
  key: name.toLowerCase().replace(/\s+/g, "-"),
  name,
  kind: "person",
  role,
  curated: false,
  mentions: [{ start, end: start + name.length, text: name, actorKey: null, method: "new", confidence: 1 }],
});
const body = (name: string, start: number): ExtractedActor => ({ ...person(name, null, start), kind: "organization" });

describe("definite descriptions stand for an actor already named", () => {
  it("reads head, nationality and office modifiers", () => {
    expect(readDescription("the Peruvian leader")).toMatchObject({ head: "leader", modifiers: [] });
    expect(readDescription("the Peruvian leader")?.country?.name).toBe("Peru");
    expect(readDescription("the former deputy minister")).toMatchObject({ head: "minister", modifiers: ["deputy"], country: null });
    expect(readDescription("Interior Minister")).toMatchObject({ head: "minister", modifiers: ["interior"] });
    expect(readDescription("the statement")).toMatchObject({ document: true });
    // Names and anonymous sources are not descriptions.
    expect(readDescription("the Harbour Authority")).toBeNull();
    expect(readDescription("the official")).toBeNull();
    expect(readDescription("Navy")).toBeNull();
  });

  it("matches a leader by title and nationality, a body by its head noun", () => {
    const text = "x".repeat(400);
    const actors = [person("Ilse Marrow", "President of Peru", 0), person("Tomas Vey", "President of Chile", 20), body("Coastal Patrol Command", 40), body("Harbour Agency", 60)];
    expect(resolveDescription(text, readDescription("the Peruvian leader")!, actors, 300)?.name).toBe("Ilse Marrow");
    expect(resolveDescription(text, readDescription("the command")!, actors, 300)?.name).toBe("Coastal Patrol Command");
    // Two presidents fit "the president": nobody.
    expect(resolveDescription(text, readDescription("the president")!, actors, 300)).toBeNull();
    // Only actors named before the words count.
    expect(resolveDescription(text, readDescription("the agency")!, actors, 50)).toBeNull();
  });

  it("“…,” said the <nationality> leader -> the president named earlier", () => {
    const text = `Peruvian President Ilse Marrow recalled her envoy on Monday.\n\n"We were not consulted," said the Peruvian leader, who has called the raids "piracy."`;
    expect(who(text)).toEqual(["We were not consulted => Ilse Marrow", "piracy. => Ilse Marrow"]);
  });

  it("the title alone, and the title with the name in apposition", () => {
    const text = `Asked about the talks, the Fisheries Minister, Odile Brannock, declined to comment but said the quota was "fair and final".`;
    expect(who(text)).toEqual(["fair and final => Odile Brannock"]);
  });

  it("“…,” the statement said -> whoever issued the latest statement", () => {
    const text = `The Coastal Patrol Command confirmed the seizure in a short statement on Tuesday. "Two crew members were detained," the statement said.`;
    expect(who(text)).toEqual(["Two crew members were detained => Coastal Patrol Command"]);
  });

  it("a spokesperson for the command speaks for the command", () => {
    const text = `The Coastal Patrol Command has not named a successor.\n\nA spokesperson for the command said: "The admiral remains in charge until March."`;
    expect(who(text)).toEqual(["The admiral remains in charge until March. => Coastal Patrol Command"]);
  });

  it("a description that fits nobody gives no speaker: the words stay as written, marked a description", () => {
    const text = `A palace official, speaking on condition of anonymity, told reporters the ruling would be appealed. The official also said the ministry had informed "every family that asked."`;
    expect(who(text)).toEqual(["every family that asked. => null"]);
  });

  it("a long description closed by the name: said to <outlet> the professor of …, Name", () => {
    const text = `"The doctrine has changed," said to Radio Sur the professor of maritime law at the University of Tarvel, Benedikt Osorno Lame.`;
    expect(who(text)).toEqual(["The doctrine has changed => Benedikt Osorno Lame"]);
  });
});

describe("the principal behind an office, a spokesperson or a located body", () => {
  it("President X's office said -> X", () => {
    const text = `President Marit Solberga's office said in a statement that the agreement was "entirely lawful."`;
    expect(who(text)).toEqual(["entirely lawful. => Marit Solberga"]);
  });

  it("the Embassy in <capital> said -> the embassy, never the country of the capital", () => {
    const text = `In a statement, the Arvenian Embassy in Port of Spain said:\n\n"We share the concern of every family."`;
    expect(who(text)).toEqual(["We share the concern of every family. => Arvenian Embassy in Port of Spain"]);
  });

  it("the Navy of <country> (ACRONYM) said -> the navy, not the country", () => {
    const text = `In a statement, the Navy of the Dominican Republic (ARDX) said: "Our units secured the cargo at dawn and found no survivors."`;
    const { quotes } = extractArticle(text, { published, registry: createRegistry([]) });
    expect(quotes.map((q) => q.speakerAsWritten)).toEqual(["Navy of the Dominican Republic"]);
    expect(quotes[0]!.speaker).not.toBe("Dominican Republic");
  });
});

describe("namesakes: which of two people with one surname speaks", () => {
  it("the one never called by given name alone", () => {
    const text = [
      "Marguerite Tollan, 61, spoke at the harbour on Sunday.",
      "Her son, Arno Tollan, 29, was among the missing.",
      `"We still have no answer," Tollan said. "Arno knew those waters."`,
      `"What happened to my son?" Tollan asked.`,
    ].join("\n\n");
    expect(who(text)).toEqual([
      "We still have no answer => Marguerite Tollan",
      "Arno knew those waters. => Marguerite Tollan",
      "What happened to my son? => Marguerite Tollan",
    ]);
  });

  it("the one named in full before the words, not a namesake introduced after", () => {
    const text = [
      "The Trade Secretary, Hester Quaile, has raised the dispute in private.",
      'Ms Quaile told the envoy that exporters faced "real damage" from the tariffs.',
      "Dorian Quaile, no relation, a former trade negotiator, said the talks were stuck.",
    ].join("\n\n");
    expect(who(text)).toEqual(["real damage => Hester Quaile"]);
  });

  it("a surname written in full only once is that full name", () => {
    const text = `Among the signatories was Teodora Brinvale, a rapporteur. "Nothing here is lawful," Brinvale said.`;
    expect(who(text)).toEqual(["Nothing here is lawful => Teodora Brinvale"]);
  });
});

describe("quotes that are statements by their form", () => {
  it("a whole sentence of its own after an attributed quote", () => {
    const text = `"They will not find one sailor on his knees," Marrow told the crowd. "Not one."`;
    expect(who(text)).toEqual(["They will not find one sailor on his knees => Marrow", "Not one. => Marrow"]);
  });

  it("a fragment in a that-clause of a participle", () => {
    const text = `Osric Vantelle announced the raid in a video, writing that the boat had been "positively identified" as a smuggler.`;
    expect(who(text)).toEqual(["positively identified => Osric Vantelle"]);
  });

  it("a fragment in an account given by someone", () => {
    const text = `According to the version offered by President Osric Vantelle on his channel, the raid targeted a "very large smuggling vessel" near the reef.`;
    expect(who(text)).toEqual(["very large smuggling vessel => Osric Vantelle"]);
  });

  it("a second quote coordinated under the same reporting verb", () => {
    const text = `Vantelle said the captain "made the right call" and had his "full backing."`;
    expect(who(text)).toEqual(["made the right call => Vantelle", "full backing. => Vantelle"]);
  });
});

describe("a statement intro in the paragraph before", () => {
  it("Subject <any verb> on <platform>: + quote paragraph", () => {
    const text = `Governor Osric Vantelle also weighed in on Tuesday on his channel:\n\n"The harbour stays open. We will not be bullied."`;
    expect(who(text)).toEqual(["The harbour stays open. We will not be bullied. => Osric Vantelle"]);
  });
});
