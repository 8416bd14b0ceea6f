/**
 * English news attribution patterns, run through the whole extraction (segmentation,
 * dates, actor finder, quotes) as an unseen article would be. Every sentence is invented:
 * the people, places and bodies are made up, none comes from the gold or held-out sets.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractArticle } from "../../src/domain/extraction/extract-article";
import { loadCuratedActors } from "../../src/domain/ingestion/curated-actors";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

const published = parsePublicationDate("2025-11-20");

/** "quote text => speaker" for each quote (the speaker falls back to the words as written). */
function who(text: string): string[] {
  const { quotes } = extractArticle(text, { published, registry: createRegistry([]) });
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.map((q) => `${q.text} => ${q.speaker ?? q.speakerAsWritten}`);
}

describe("the reporting clause names the speaker", () => {
  it("X said: “…”", () => {
    expect(who(`Harbour Commissioner Odile Fenwick said: "We will reopen the channel by the spring."`)).toEqual([
      "We will reopen the channel by the spring. => Odile Fenwick",
    ]);
  });

  it("“…,” said X, the Y", () => {
    expect(who(`"The channel will reopen by the spring," said Odile Fenwick, the harbour commissioner.`)).toEqual([
      "The channel will reopen by the spring => Odile Fenwick",
    ]);
  });

  it("“…,” X, the Y of the Z, said on a day", () => {
    expect(who(`"Nobody asked us before the nets were cut," Tobias Quarrie, the head of the fishermen's cooperative, said on Friday.`)).toEqual([
      "Nobody asked us before the nets were cut => Tobias Quarrie",
    ]);
  });

  it("“…,” said Professor X of Y College: the affiliation describes the speaker", () => {
    expect(who(`"It is a matter for the courts," said Professor Ines Kovač of Harrowgate College London.`)).toEqual(["It is a matter for the courts => Ines Kovač"]);
  });

  it("X told reporters outside the court: “…”", () => {
    expect(who(`Marguerite Osei told reporters outside the court: "The evidence was never shared with the defence."`)).toEqual([
      "The evidence was never shared with the defence. => Marguerite Osei",
    ]);
  });

  it("according to X, before and after the quote", () => {
    expect(who(`"The hull was empty when it sank," according to Lionel Barraclough, a coastguard captain.`)).toEqual([
      "The hull was empty when it sank => Lionel Barraclough",
    ]);
    expect(who(`According to Lionel Barraclough, a coastguard captain, the hull was "empty when it sank and had been for days."`)).toEqual([
      "empty when it sank and had been for days. => Lionel Barraclough",
    ]);
    expect(who(`The vessel, according to the Harbour Authority, was "not registered anywhere we know of."`)).toEqual([
      "not registered anywhere we know of. => Harbour Authority",
    ]);
  });
});

describe("pronouns go back to the last named person, not to a person merely mentioned", () => {
  it("he said: the subject, not the person met with", () => {
    const text = `Defence Minister Rupert Aldane met with Kristof Vanterpool, the coalition's envoy, on Tuesday. "We agreed on nothing of substance," he said.`;
    expect(who(text)).toEqual(["We agreed on nothing of substance => Rupert Aldane"]);
  });

  it("she added: the speaker of the previous quote", () => {
    const text = `"We are reviewing the footage," Colonel Hana Brik said. "No decision has been made," she added.`;
    expect(who(text)).toEqual(["We are reviewing the footage => Hana Brik", "No decision has been made => Hana Brik"]);
  });

  it("the agent of a passive is who the next 'she' is about", () => {
    const text = [
      `Harbour master Colm Diggins said the fire had destroyed most of the pier.`,
      ``,
      `That account was disputed by Senator Petra Vance, who visited the site on Monday. "I saw no sign of any fire," she said in an interview.`,
    ].join("\n");
    expect(who(text)).toEqual(["I saw no sign of any fire => Petra Vance"]);
    // Only in the main clause: the asker in "…, she said when she was asked by X" stays an asker.
    const asked = `"I have nothing to add," Rear Adm. Lena Voss said when she was asked about the report by Senator Olga Brandt. "We have been fully transparent," she said.`;
    expect(who(asked)).toEqual(["I have nothing to add => Lena Voss", "We have been fully transparent => Lena Voss"]);
  });

  it("a subject opened by a possessive ('His deputy, X, was …') is the new speaker", () => {
    const text = [
      `Mayor Anton Gries said the levee would hold through the winter.`,
      ``,
      `His Green Party colleague Senator Marisol Eckert was more cautious. "We simply do not know yet," she said.`,
    ].join("\n");
    expect(who(text)).toEqual(["We simply do not know yet => Marisol Eckert"]);
  });

  it("a relative introduced by a possessive is named in the appositive, not by the possessive", () => {
    const text = `Tomas "Tom" Okafor, 31, left port on Friday. "He was mending nets, nothing more," said Okafor's sister, Abena Okafor, 40, outside the station.`;
    expect(who(text)).toEqual(["He was mending nets, nothing more => Abena Okafor"]);
    const before = `Tomas Okafor, 31, left port on Friday. "He was mending nets, nothing more," Okafor's sister, Abena Okafor, said.`;
    expect(who(before)).toEqual(["He was mending nets, nothing more => Abena Okafor"]);
    const unnamed = `Tomas Okafor, 31, left port on Friday. "He was mending nets, nothing more," said Okafor's sister.`;
    expect(who(unnamed)).not.toEqual(["He was mending nets, nothing more => Tomas Okafor"]);
  });

  it("a subject introduced by a description with a named appositive is the next 'he'", () => {
    const text = [
      `Senator Harriet Onwuachi said the emails were troubling.`,
      ``,
      `Her Conservative counterpart, Giles Fairbanks, struck a different tone. "Our forces act within the law," he said.`,
    ].join("\n");
    expect(who(text)).toEqual(["Our forces act within the law => Giles Fairbanks"]);
  });

  it("he/she agree with a gender the text states (honorific, gendered role noun)", () => {
    const text = `Spokeswoman Delia Marsh and Commander Ivo Petrakis attended the briefing. "There was no second strike," he said.`;
    expect(who(text)).toEqual(["There was no second strike => Ivo Petrakis"]);
    const thanked = `Ms. Rosalind Ortega thanked Mr. Arun Pillai for the invitation. "We came here to listen," he said.`;
    expect(who(thanked)).toEqual(["We came here to listen => Arun Pillai"]);
    const widow = `The boat's owner, Daniel Mbeki, a fisherman, was not on board. His widow, Grace Mbeki, spoke to reporters at the pier. Daniel Mbeki had fished there for years. "He knew every rock in this bay," she said.`;
    expect(who(widow)).toEqual(["He knew every rock in this bay => Grace Mbeki"]);
  });

  it("an unambiguous 'he' earlier tells a later 'she' it is not him", () => {
    const text = [
      `Senator Amos Threlkeld said the logs were missing. "We asked three times," he said.`,
      ``,
      `The request was backed by Senator Bodil Strand. Threlkeld repeated the demand on Tuesday. "This is a cover-up," she said.`,
    ].join("\n");
    expect(who(text)).toEqual(["We asked three times => Amos Threlkeld", "This is a cover-up => Bodil Strand"]);
  });

  it("a role in the lede is the person named as the next paragraph's subject (delayed identification)", () => {
    const text = [
      `ISLAND ROUNDUP: Ports close early; ferries resume`,
      ``,
      `PORT LOUIS (IRS) — Mauritius's fisheries minister ordered all trawlers back to port under what he called "a precautionary freeze" on Friday.`,
      ``,
      `Minister Devesh Ramgoolam said the order would be reviewed within a week.`,
    ].join("\n");
    expect(who(text)).toEqual(["a precautionary freeze => Devesh Ramgoolam"]);
    // Someone titled with another office is a new person, not the minister named.
    const other = [
      `The fisheries minister ordered all trawlers back to port under what he called "a precautionary freeze" on Friday.`,
      ``,
      `Opposition leader Mario Ruiz said the order was a stunt.`,
    ].join("\n");
    expect(who(other)).toEqual(["a precautionary freeze => null"]);
  });
});

describe("quotes over several paragraphs and quotes inside quotes", () => {
  it("a wire quote continued in the next paragraph keeps its speaker", () => {
    const text = [`Senator Amos Threlkeld said: "We have asked for the logs three times.`, ``, `"Each time we were told they were being reviewed."`].join("\n");
    expect(who(text)).toEqual([
      "We have asked for the logs three times. => Amos Threlkeld",
      "Each time we were told they were being reviewed. => Amos Threlkeld",
    ]);
  });

  it("a paragraph that is only a quote, after a paraphrase with one person as subject, is that person's", () => {
    const text = [`Rear Adm. Lena Voss defended the operation at length on Monday.`, ``, `"Every target was verified twice before we fired."`].join("\n");
    expect(who(text)).toEqual(["Every target was verified twice before we fired. => Lena Voss"]);
    const nobody = [`The strikes began in September.`, ``, `"Every target was verified twice before we fired."`].join("\n");
    expect(who(nobody)).toEqual(["Every target was verified twice before we fired. => null"]);
  });

  it("a quote inside a quote stays part of the outer speaker's words", () => {
    const text = `"When I asked the captain, he told me 'it was the order of the day,' and that was all," Nadia Kessler said.`;
    expect(who(text)).toEqual(["When I asked the captain, he told me 'it was the order of the day,' and that was all => Nadia Kessler"]);
  });
});

describe("descriptions and documents only introduce the speaker", () => {
  it("“…,” the survivor, X, told reporters: the appositive name speaks", () => {
    expect(who(`"I swam for six hours before anyone came," the survivor, Jorge Pereira, told reporters.`)).toEqual([
      "I swam for six hours before anyone came => Jorge Pereira",
    ]);
  });

  it("a statement from a body is the body's", () => {
    expect(who(`"The reef will take decades to recover," said a statement from the Harbour Authority.`)).toEqual([
      "The reef will take decades to recover => Harbour Authority",
    ]);
  });

  it("a new quote paragraph with a reporting verb of its own does not continue the previous speaker", () => {
    const text = [`"We have asked three times," said Senator Amos Threlkeld.`, ``, `"I swam for six hours," the man who survived the second strike told reporters.`].join("\n");
    expect(who(text)).toEqual(["We have asked three times => Amos Threlkeld", "I swam for six hours => null"]);
  });
});

describe("embedded posts, spokespeople, institutions", () => {
  it("an embedded post is the handle's", () => {
    const text = [`The governor replied within minutes.`, ``, `"The ferries run tomorrow, storm or no storm." — @GovOkwuosa`].join("\n");
    expect(who(text)).toEqual(["The ferries run tomorrow, storm or no storm. => @GovOkwuosa"]);
  });

  it("a spokesperson for a named person speaks for that person", () => {
    const text = `A spokeswoman for Governor Lucinda Farrow said the state "had not been consulted at any stage."`;
    expect(who(text)).toEqual(["had not been consulted at any stage. => Lucinda Farrow"]);
  });

  it("“…,” the Pentagon said: a known institution by its metonym", () => {
    const text = `"Every strike followed the rules of engagement," the Pentagon said in a statement on Friday.`;
    const registry = createRegistry(loadCuratedActors(path.join(process.cwd(), "seeds", "actors.json")));
    const { quotes } = extractArticle(text, { published, registry });
    expect(quotes.map((q) => `${q.text} => ${q.speaker}`)).toEqual(["Every strike followed the rules of engagement => US Department of Defense"]);
  });

  it("an institution speaks, and 'it said' goes back to it", () => {
    const text = `The Harbour Authority confirmed the closure on Monday. "The zone stays closed until further notice," it said.`;
    expect(who(text)).toEqual(["The zone stays closed until further notice => Harbour Authority"]);
  });

  it("an unnamed spokesperson speaks for the body just named; 'his office' for the person", () => {
    const text = `The Harbour Authority declined to comment on the emails. A spokesperson said: "We do not comment on leaked documents."`;
    expect(who(text)).toEqual(["We do not comment on leaked documents. => Harbour Authority"]);
    const office = `Admiral Rupert Hale is due to appear next month. His office said he would "answer every question put to him at the hearing."`;
    expect(who(office)).toEqual(["answer every question put to him at the hearing. => Rupert Hale"]);
  });

  it("X said in a statement read by Y: the statement is X's", () => {
    const text = `The Fisheries Ministry said in a statement read by its spokesman, Dario Funes, that the crew "had been rescued in good health."`;
    expect(who(text)).toEqual(["had been rescued in good health. => Fisheries Ministry"]);
  });

  it("a country's body named by a possessive takes the body's name, its government is the country", () => {
    expect(who(`Chile's foreign ministry said the ambassador "will return when conditions allow."`)).toEqual([
      "will return when conditions allow. => Chilean Foreign Ministry",
    ]);
    expect(who(`Peru's government said on Monday that it "rejects any violation of its waters."`)).toEqual(["rejects any violation of its waters. => Peru"]);
    expect(who(`Colombia's ombudsman's office said the toll "is higher than anyone has admitted."`)).toEqual([
      "is higher than anyone has admitted. => Colombian Ombudsman's Office",
    ]);
    expect(who(`The United States' coast guard said it "found no survivors in the area."`)).toEqual(["found no survivors in the area. => US Coast Guard"]);
    // The README convention: a statement read by a spokesman is the body's.
    expect(who(`Peru's navy said in a statement read by its spokesman that the crew "had been rescued in good health."`)).toEqual([
      "had been rescued in good health. => Peruvian Navy",
    ]);
  });
});

describe("fragments that are the object of a characterising verb", () => {
  it("a body that called something a “…”, across a relative clause", () => {
    const text = `Ecuador's government, which has recalled its ambassador, called the raid an "act of piracy" in a statement on Sunday.`;
    expect(who(text)).toEqual(["act of piracy => Ecuador"]);
  });

  it("a person who has called something “…” inside a relative clause", () => {
    const text = `President Aurelio Santander, who has called the blockade "theft," said on Friday that talks would resume next month.`;
    expect(who(text)).toEqual(["theft => Aurelio Santander"]);
    const posted = `Mayor Ilse Brandvold, who has described the tolls as "robbery," wrote on Facebook that the city would sue.`;
    expect(who(posted)).toEqual(["robbery => Ilse Brandvold"]);
  });

  it("a scare quote in the writer's own sentence is not a statement", () => {
    expect(who(`The so-called "shadow fleet" has grown since the spring, and insurers describe the routes as risky.`)).toEqual([]);
    expect(who(`Dockworkers spent the night in what locals now call the "dead zone" of the port.`)).toEqual([]);
  });
});

describe("datelines, kickers and transcripts never speak", () => {
  it("a dateline is not the subject a participle hangs from", () => {
    const text = `LISBON - The Harbour Authority on Monday defended the closure, saying its crews had been told to "finish the job" before dawn.`;
    expect(who(text)).toEqual(["finish the job => Harbour Authority"]);
  });

  it("a kicker in capitals before a colon is not what 'he' stands for", () => {
    const text = [
      `ISLAND ROUNDUP: Ports close early; ferries resume`,
      ``,
      `Harbour chief Ngaire Tomlin said the swell was easing. "We expect a normal service by Sunday," she said.`,
    ].join("\n");
    expect(who(text)).toEqual(["We expect a normal service by Sunday => Ngaire Tomlin"]);
  });

  it("Q:/A: transcript labels are not speakers of the quotes around them", () => {
    const text = [
      `Senator Wilma Tarrant questioned the admiral for two hours. An excerpt:`,
      ``,
      `Q: Who authorised the second strike?`,
      ``,
      `A: The commander on scene had the authority.`,
      ``,
      `Afterwards, Tarrant told reporters: "I still don't know who gave the order."`,
      ``,
      `"That answer is not good enough," she said.`,
    ].join("\n");
    expect(who(text)).toEqual(["I still don't know who gave the order. => Wilma Tarrant", "That answer is not good enough => Wilma Tarrant"]);
  });
});
