/**
 * Speaker rules that must hold on any outlet's copy. Every sentence here is invented;
 * none comes from the gold or held-out articles.
 */
import { describe, expect, it } from "vitest";
import { attachSpeakers, extractQuotes } from "../../src/domain/extraction/quotes";
import { segment } from "../../src/domain/extraction/segment";
import type { ExtractedActor, ExtractedDate, ExtractedQuote } from "../../src/domain/extraction/types";

function run(text: string, actors: ExtractedActor[] = [], dates: ExtractedDate[] = []): ExtractedQuote[] {
  const qs = attachSpeakers(extractQuotes(text, segment(text), actors, dates), actors);
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speakerSpan) expect(text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speakerAsWritten);
  }
  return qs;
}

function actor(text: string, name: string, kind: ExtractedActor["kind"], ...surface: string[]): ExtractedActor {
  const key = name.toLowerCase().replace(/\s+/g, "-");
  const mentions = [];
  for (const s of surface) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      mentions.push({ start: i, end: i + s.length, text: s, actorKey: key, method: "exact" as const, confidence: 1 });
    }
  }
  return { key, name, kind, role: null, curated: false, mentions };
}

function date(text: string, phrase: string, value: string): ExtractedDate {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, date: value, precision: "day", approximate: false };
}

/** "quote text => speaker" for each quote (speaker falls back to the words as written). */
function who(qs: ExtractedQuote[]): string[] {
  return qs.map((q) => `${q.text} => ${q.speaker ?? q.speakerAsWritten}`);
}

describe("1. a place or party tag after a name describes the speaker", () => {
  it("drops a trailing 'of <State>' after a titled name, inverted or before the verb", () => {
    expect(who(run(`"We will keep pushing for a vote on this," said Sen. Arthur Penwell of Vermont.`))).toEqual([
      "We will keep pushing for a vote on this => Arthur Penwell",
    ]);
    expect(who(run(`Sen. Arthur Penwell of Vermont called the plan "a reckless gamble."`))).toEqual(["a reckless gamble. => Arthur Penwell"]);
    expect(who(run(`Governor Ellen Marsh of New Mexico said the state "will not comply with these orders."`))).toEqual([
      "will not comply with these orders. => Ellen Marsh",
    ]);
  });

  it("keeps the person before 'of the <body>' and keeps real '<X> of <Y>' names whole", () => {
    expect(who(run(`Bridget Kaye of the Harlow Institute said the policy "has no legal basis whatsoever in law."`))).toEqual([
      "has no legal basis whatsoever in law. => Bridget Kaye",
    ]);
    const iran = `The Islamic Republic of Iran said: "We reject these accusations entirely and completely."`;
    expect(who(run(iran, [actor(iran, "Islamic Republic of Iran", "country", "Islamic Republic of Iran")]))).toEqual([
      "We reject these accusations entirely and completely. => Islamic Republic of Iran",
    ]);
    expect(run(iran)[0]!.speakerAsWritten).not.toBe("Islamic Republic");
  });

  it("reads past a party-state tag and further appositives", () => {
    expect(who(run(`Sen. Priya Ostrander, D-Calif., a member of the Budget Committee, said: "This is not how a democracy works."`))).toEqual([
      "This is not how a democracy works. => Priya Ostrander",
    ]);
    expect(who(run(`Rep. Dana Holloway, R-Texas, told reporters: "We will not be silent about this at all."`))).toEqual([
      "We will not be silent about this at all. => Dana Holloway",
    ]);
  });
});

describe("2. the asker is not the speaker", () => {
  it("'Asked by X, he said' refers back to the previous subject", () => {
    const text = `Tomas Reyes, the agency's counsel, declined to comment on the memo. Asked directly by Vera Lund, he said: "I will not discuss internal deliberations."`;
    const actors = [actor(text, "Tomas Reyes", "person", "Tomas Reyes"), actor(text, "Vera Lund", "person", "Vera Lund")];
    expect(who(run(text, actors))).toEqual(["I will not discuss internal deliberations. => Tomas Reyes"]);
  });

  it("'X, asked about Y during a visit to Z, said' takes X even with a venue and a date in the appositive", () => {
    const text = `Interior Minister Tomas Verhoeven, asked about the case during a visit to Lisbon today, said the government "will continue to cooperate with every partner."`;
    expect(who(run(text, [], [date(text, "today", "2025-11-20")]))).toEqual(["will continue to cooperate with every partner. => Tomas Verhoeven"]);
  });
});

describe("3. the noun after the reporting verb is its object", () => {
  it("'said the United States “…”' is the subject's", () => {
    expect(who(run(`Foreign Minister Paulo Benning said the United States «will pay for every violation of our waters».`))).toEqual([
      "will pay for every violation of our waters => Paulo Benning",
    ]);
  });

  it("a fragment in a second that-clause with an unnamed subject belongs to the statement's author", () => {
    const text = `The Coast Guard said in a statement that the boat had been "carrying illegal cargo" and that investigators had confirmed it was "linked to a smuggling ring."`;
    expect(who(run(text, [actor(text, "Coast Guard", "organization", "Coast Guard")]))).toEqual([
      "carrying illegal cargo => Coast Guard",
      "linked to a smuggling ring. => Coast Guard",
    ]);
  });

  it("a named subject inside the that-clause still speaks for itself", () => {
    expect(who(run(`The minister said that Ruth Aldana had called the raid "a clear provocation by the navy."`))).toEqual([
      "a clear provocation by the navy. => Ruth Aldana",
    ]);
  });
});

describe("4. two quotes, two speakers", () => {
  it("a clause opened by a conjunction after the quote belongs to the next quote", () => {
    const text = `Asked about it on Friday, Foreign Minister Ana Duarte said the rebels “are at war with us, whether we like it or not,” and Defense Minister Luis Pardo has repeatedly described the crews as “narco-terrorists.”`;
    expect(who(run(text))).toEqual(["are at war with us, whether we like it or not => Ana Duarte", "narco-terrorists. => Luis Pardo"]);
  });

  it("each quote takes the attribution on its own side", () => {
    expect(who(run(`"The strikes must stop now," Paulo Benning said, while Ruth Aldana warned "the region is running out of patience."`))).toEqual([
      "The strikes must stop now => Paulo Benning",
      "the region is running out of patience. => Ruth Aldana",
    ]);
  });
});

describe("5. datelines, headlines and platforms never speak", () => {
  it("an agency in a dateline is not what 'it' stands for", () => {
    const text = `MADRID (Reuters) — The strikes continued on Monday. "It is a tragedy for all of us," it said.`;
    expect(run(text, [actor(text, "Reuters", "organization", "Reuters")])[0]!.speaker).toBeNull();
  });

  it("a platform after 'on' is where the words appeared", () => {
    const text = `In a post on Truth Social: "The cartels will be destroyed, every one of them and fast."`;
    expect(run(text)[0]!.speakerAsWritten).toBeNull();
    const text2 = `Governor Ellen Marsh lashed out on Sunday, writing in a post on Telegram that the ruling was "a disgrace to the state and its courts."`;
    expect(who(run(text2, [actor(text2, "Ellen Marsh", "person", "Ellen Marsh")]))).toEqual(["a disgrace to the state and its courts. => Ellen Marsh"]);
  });

  it("a slug in capitals is not a speaker", () => {
    expect(run(`ROUNDUP: "We remain hopeful about a deal this week and next."`)[0]!.speakerAsWritten).toBeNull();
  });
});

describe("6. antecedents", () => {
  it("'he' is the subject, not the person met", () => {
    const text = `Lopez met with Maria Ortiz on Monday. "We had a very good talk about trade," he said.`;
    const actors = [actor(text, "Carlos Lopez", "person", "Lopez"), actor(text, "Maria Ortiz", "person", "Maria Ortiz")];
    expect(who(run(text, actors))).toEqual(["We had a very good talk about trade => Carlos Lopez"]);
  });

  it("'the aide' is the person introduced as an aide; an anonymous official stays anonymous", () => {
    const text = `Maria Lindqvist, an aide to the governor, declined to give details. "We are reviewing every option on the table," the aide said.`;
    expect(who(run(text, [actor(text, "Maria Lindqvist", "person", "Maria Lindqvist")]))).toEqual([
      "We are reviewing every option on the table => Maria Lindqvist",
    ]);
    const anon = `A senior official spoke on condition of anonymity. "We are reviewing every option on the table," the official said.`;
    expect(run(anon)[0]!.speaker).toBeNull();
  });
});

describe("7. short fragments governed by a reporting verb", () => {
  it("'expressed his «…»' and 'said her government “…”' are statements", () => {
    expect(who(run(`Prime Minister Olaf Brandt expressed his «deep concern for the crew» and called for calm.`))).toEqual([
      "deep concern for the crew => Olaf Brandt",
    ]);
    const text = `Mayor Ines Carvalho, asked about the raids at her weekly news conference today, said her government "does not agree" with them.`;
    expect(who(run(text, [], [date(text, "today", "2025-11-20")]))).toEqual(["does not agree => Ines Carvalho"]);
  });
});
