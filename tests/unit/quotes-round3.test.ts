/**
 * Speaker mechanisms of round 3, on invented text (made-up people, bodies and places): a
 * speaker named in the sentence after a free-standing quote, indefinite and partitive sources,
 * a possessive description with a named appositive, a pronoun after a described subject, a
 * report after a quote's full stop, and the subject of an "according to" clause.
 */
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { indefiniteSubject } from "../../src/domain/extraction/quotes/indefinite-subject";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");

function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry: createRegistry([]) });
  return quotes.map((q) => `${q.text} => ${q.speaker ?? (q.method === "description" ? null : q.speakerAsWritten)}`);
}

describe("a free-standing quote whose speaker the next sentence names", () => {
  it("reads 'The words came from X' and 'The speaker was X'", () => {
    const text = [
      "Boats stayed in the harbour at Puerto Lindo on Friday.",
      "\u201cThe nets rot while we wait for news.\u201d The words came from Marisol Quenta Ibarra, a net mender who has worked the quay for 20 years.",
      "\u201cNobody tells us anything.\u201d The speaker was Mr Tobias Werle-Ansa, 44, a ferry pilot.",
    ].join("\n\n");
    expect(who(text)).toEqual(["The nets rot while we wait for news. => Marisol Quenta Ibarra", "Nobody tells us anything. => Tobias Werle-Ansa"]);
  });

  it("takes the person named in the sentence after 'The words are his sister's.'", () => {
    const text = "\u201cShe could read the tide like a clock.\u201d The words are her cousin's. Delfina Arrate Soto, 52, sat by the slipway mending a float.";
    expect(who(text)).toEqual(["She could read the tide like a clock. => Delfina Arrate Soto"]);
  });

  it("does not take a name from an ordinary next sentence", () => {
    const text = "Regional officials met on Monday.\n\n\u201cWe are ready to talk to anyone who will listen.\u201d Governor Paulo Renteria Vial left the meeting early.";
    const quotes = who(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).not.toContain("Paulo Renteria Vial");
  });
});

describe("indefinite and partitive sources have an attribution but no speaker", () => {
  it("finds the indefinite subject of a reporting verb", () => {
    const text = "Two of the engineers said the pump had failed; a third said the fault was \u201cknown for months.\u201d";
    const at = indefiniteSubject(text, text.indexOf("said the fault"), 0);
    expect(at && text.slice(at.start, at.end)).toBe("a third");
    const text2 = "Not all agree. One broker, who asked not to be named, told us buyers were \u201cnervous.\u201d";
    const at2 = indefiniteSubject(text2, text2.indexOf("told"), text2.indexOf("One"));
    expect(at2 && text2.slice(at2.start, at2.end)).toBe("One broker");
    // A second noun phrase is the real subject; a spokesperson speaks for someone.
    const text3 = "The port was closed, a move the Harbour Board described as \u201cprudent.\u201d";
    expect(indefiniteSubject(text3, text3.indexOf("described"), 0)).toBeNull();
    const text4 = "A spokesman for the ministry said it was \u201ccalm.\u201d";
    expect(indefiniteSubject(text4, text4.indexOf("said"), 0)).toBeNull();
  });

  it("gives no speaker to 'a third', 'one broker' or 'a fund manager', even after a named speaker", () => {
    const text = [
      "\u201cPrices will hold,\u201d said Imelda Varga-Stroud, an economist at Corvane Partners.",
      "Echoing her, a coastal fund manager told us freight \u201cwould need to see ports close, not boats sink.\u201d",
      "Two of the engineers said the pump had failed; a third said the fault was \u201cknown for months.\u201d",
    ].join("\n\n");
    expect(who(text).slice(1)).toEqual(["would need to see ports close, not boats sink. => null", "known for months. => null"]);
  });
});

describe("descriptions as subjects", () => {
  it("a possessive description with a named appositive is the person named", () => {
    const text =
      "The board's chairman, Sen. Orrin Vadeboncoeur, R-Vt., who has backed the plan, opened the session by promising that the panel would \u201cread every page.\u201d Later, the chairman told reporters he had seen nothing that \u201cchanges my mind.\u201d";
    expect(who(text)).toEqual(["read every page. => Orrin Vadeboncoeur", "changes my mind. => Orrin Vadeboncoeur"]);
  });

  it("'he' after a sentence opened by a description is the person described", () => {
    const text = [
      "Vice Adm. Bertrand Ollivant-Ruiz, head of fleet operations, testified first. Sen. Ada Kimsey pressed him.",
      "\u201cWere the crews warned?\u201d asked Kimsey. \u201cThey were,\u201d Ollivant-Ruiz said.",
      "\u201cWhen?\u201d Kimsey said.",
      "The admiral did not answer directly. \u201cI will not discuss timings here,\u201d he said.",
    ].join("\n\n");
    expect(who(text).at(-1)).toBe("I will not discuss timings here => Bertrand Ollivant-Ruiz");
  });
});

describe("sentence boundaries and sources", () => {
  it("a report after the quote's full stop is a new sentence, not the attribution", () => {
    const text =
      "In a post on X, Governor Ilda Moravec wrote that the ban would stand \u201cas long as the raids continue.\u201d Deputy Governor Ravi Oduya later said talks would resume next week.";
    expect(who(text)).toEqual(["as long as the raids continue. => Ilda Moravec"]);
  });

  it("'According to the paper, X had given an instruction to \u201c…\u201d' quotes X", () => {
    const text = "According to the Harbour Gazette, Port Director Anselm Brekke had given a spoken order to \u201cclose every gate.\u201d";
    expect(who(text)).toEqual(["close every gate. => Anselm Brekke"]);
  });
});
