import { describe, expect, it } from "vitest";
import { attachSpeakers, extractQuotes } from "../../src/domain/extraction/quotes";
import { segment } from "../../src/domain/extraction/segment";
import type { ExtractedActor, ExtractedDate, ExtractedQuote } from "../../src/domain/extraction/types";

function run(text: string, actors: ExtractedActor[] = [], dates: ExtractedDate[] = []): ExtractedQuote[] {
  return attachSpeakers(extractQuotes(text, segment(text), actors, dates), actors);
}

function actor(text: string, name: string, key: string, kind: ExtractedActor["kind"], ...surface: string[]): ExtractedActor {
  const mentions = [];
  for (const s of surface) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      mentions.push({ start: i, end: i + s.length, text: s, actorKey: key, method: "exact" as const, confidence: 1 });
    }
  }
  return { key, name, kind, role: null, curated: false, mentions };
}

function date(text: string, phrase: string, value: string, precision: ExtractedDate["precision"] = "day"): ExtractedDate {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, date: value, precision, approximate: false };
}

function expectSlices(text: string, quotes: ExtractedQuote[]): void {
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speakerSpan) expect(text.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speakerAsWritten);
  }
}

describe("quote spans", () => {
  it("excludes the marks and a trailing comma, keeps a final full stop", () => {
    const text = "“We will respond,” the minister said. She added: “It is over.”";
    const qs = run(text);
    expect(qs.map((q) => q.text)).toEqual(["We will respond", "It is over."]);
    expect(qs[0]!.start).toBe(1);
    expectSlices(text, qs);
  });

  it("reads straight double quotes (Reuters wire style)", () => {
    const text = '"We have no information about that," Kremlin spokesman Dmitry Peskov told reporters.';
    const [q] = run(text);
    expect(q!.text).toBe("We have no information about that");
    expect(q!.speakerAsWritten).toBe("Dmitry Peskov");
    expect(q!.method).toBe("told");
  });

  it("reads AFP guillemets with inner spaces", () => {
    const text = "« Nous ne laisserons pas faire », a déclaré le ministre. Jean Dupont said: « C'est une violation du droit international. »";
    const qs = run(text);
    expect(qs.map((q) => q.text)).toContain("C'est une violation du droit international.");
    const q = qs.find((x) => x.text.startsWith("C'est"))!;
    expect(q.speakerAsWritten).toBe("Jean Dupont");
    expectSlices(text, qs);
  });

  it("reads German low-high marks", () => {
    const text = "„Das ist inakzeptabel und muss sofort aufhören“, said Foreign Minister Anna Weber.";
    const [q] = run(text);
    expect(q!.text).toBe("Das ist inakzeptabel und muss sofort aufhören");
    expect(q!.speakerAsWritten).toBe("Anna Weber");
    expect(q!.method).toBe("inverted");
  });

  it("tells BBC single quotes from apostrophes", () => {
    const text = "‘The rebels’ demands are not acceptable and we won’t negotiate,’ the prime minister’s spokesman said.";
    const [q] = run(text);
    expect(q!.text).toBe("The rebels’ demands are not acceptable and we won’t negotiate");
    expect(q!.method).toBe("spokesperson");
    expectSlices(text, [q!]);
  });

  it("does not open a quote on an apostrophe", () => {
    const text = "Trump’s aides said the rebels’ leader didn’t respond. It’s unclear why.";
    expect(run(text)).toEqual([]);
  });

  it("keeps a nested quote inside the outer one", () => {
    const text = "“They keep calling it a ‘war’, but nobody in Congress voted for one,” Senator Tim Kaine said.";
    const [q] = run(text);
    expect(q!.text).toBe("They keep calling it a ‘war’, but nobody in Congress voted for one");
    expect(q!.speakerAsWritten).toBe("Tim Kaine");
  });

  it("never throws on an unclosed mark and runs it to the paragraph end", () => {
    const text = "In a post on X Peter wrote that the armed forces must immediately cease “communications with foreign agencies\n\nLeave a Comment";
    const qs = run(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe("communications with foreign agencies");
    expect(qs[0]!.speakerAsWritten).toBe("Peter");
    expect(qs[0]!.venue?.text).toBe("In a post on X");
  });

  it("splits a wire quote running over two paragraphs and links the pieces", () => {
    const text = "“We are not at war with anyone,” the admiral said. “Our mission is interdiction.\n\n“Nothing about that has changed since the spring.”";
    const qs = run(text);
    expect(qs.map((q) => q.text)).toEqual([
      "We are not at war with anyone",
      "Our mission is interdiction.",
      "Nothing about that has changed since the spring.",
    ]);
    expect(qs[1]!.continuesQuote).toBe(0);
    expect(qs[2]!.continuesQuote).toBe(1);
    // No admiral is named: the description is kept as written, but it is no one's name.
    expect(qs[2]!.speakerAsWritten).toBe("the admiral");
    expect(qs[2]!.speaker).toBeNull();
  });
});

describe("statements vs scare quotes", () => {
  it("drops short terms with no speech context", () => {
    const text = "The administration has branded them “narcoterrorists”, and the campaign amounts to a “war” on a “terrorist” enemy.";
    expect(run(text)).toEqual([]);
  });

  it("keeps a one-word quote governed by a reporting verb with a speaker", () => {
    const text = "Labour backbencher Tom Iredale, who sits on the committee, said the government’s silence was ‘untenable’.";
    const [q] = run(text);
    expect(q!.text).toBe("untenable");
    expect(q!.speakerAsWritten).toBe("Tom Iredale");
  });

  it("a participle does not make a one-word quote a statement", () => {
    const text = "Legal specialists said that declaring it a “terrorist” entity blocks its assets.";
    expect(run(text)).toEqual([]);
  });

  it("an anonymous group is no identified speaker, but the words are still a statement", () => {
    const text = "Dutch officials said a fortnight ago that they had received ‘no request for assistance’ from Washington.";
    const [q] = run(text);
    expect(q!.text).toBe("no request for assistance");
    expect(q!.speakerSpan).toBeNull();
  });

  it("wire quote whose attribution comes in its second paragraph", () => {
    const text = "\"For thirty years the information flowed both ways.\n\n\"Now we find out from a post on the internet,\" Salcedo said.";
    const qs = run(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]!.speakerAsWritten).toBe("Salcedo");
    expect(qs[1]!.continuesQuote).toBe(0);
  });

  it("drops a coined term", () => {
    const text = "The administration coined the term “unlawful enemy combatant” to deny protections.";
    expect(run(text)).toEqual([]);
  });

  it("keeps a partial quote inside reported speech", () => {
    const text = "Attorney General Pam Bondi said he “will not escape justice and he will be held accountable.”";
    const [q] = run(text);
    expect(q!.text).toBe("will not escape justice and he will be held accountable.");
    expect(q!.speakerAsWritten).toBe("Pam Bondi");
  });

  it("keeps a two-word quote that closes a denunciation", () => {
    const text = "Colombian President Gustavo Petro spoke on Tuesday. He has previously denounced the strikes as “extrajudicial executions.”";
    const [q] = run(text);
    expect(q!.text).toBe("extrajudicial executions.");
    expect(q!.method).toBe("pronoun");
    expect(q!.speakerAsWritten).toBe("Gustavo Petro");
  });

  it("keeps a short quote that has its speaker right after it", () => {
    const text = "“No,” she said. The minister, Maria Lopez, had been asked twice.";
    const qs = run(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe("No");
  });

  it("keeps a partial quote ended by the attribution", () => {
    const text = "The strikes “violate international law,” French Foreign Minister Jean-Noël Barrot said on Tuesday.";
    const qs = run(text, [], [date(text, "on Tuesday", "2025-11-11")]);
    expect(qs[0]!.text).toBe("violate international law");
    expect(qs[0]!.speakerAsWritten).toBe("Jean-Noël Barrot");
    expect(qs[0]!.saidDate?.date).toBe("2025-11-11");
  });
});

describe("speakers", () => {
  it("said X with a long appositive (inverted)", () => {
    const text = "“There is no Western nation doing this,” said William Brownfield, who led the State Department’s narcotics bureau and served as ambassador to Colombia.";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("William Brownfield");
    expect(q!.method).toBe("inverted");
  });

  it("X, the Y, said after the quote, with date and venue", () => {
    const text = "Labeling them terrorists allows the United States “to use other elements of American power,” Marco Rubio, the secretary of state, said on Thursday in an interview with the radio network EWTN.";
    const qs = run(text, [], [date(text, "on Thursday", "2025-08-07")]);
    expect(qs[0]!.speakerAsWritten).toBe("Marco Rubio");
    expect(qs[0]!.saidDate?.text).toBe("on Thursday");
    expect(qs[0]!.venue?.text).toBe("in an interview with the radio network EWTN");
  });

  it("X told reporters on a day, colon", () => {
    const text = "Asked about the operations, Canadian Foreign Minister Anita Anand told reporters on Wednesday: “We are not involved in the operations that you mentioned.”";
    const qs = run(text, [], [date(text, "on Wednesday", "2025-11-12")]);
    expect(qs[0]!.speakerAsWritten).toBe("Anita Anand");
    expect(qs[0]!.method).toBe("told");
    expect(qs[0]!.saidDate?.date).toBe("2025-11-12");
  });

  it("X said in an email that “…” with an appositive", () => {
    const text = "Asked about the order, Anna Kelly, a White House spokesperson, said in an email that “the president’s top priority is protecting the homeland.”";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("Anna Kelly");
    expect(q!.venue?.text).toBe("in an email");
  });

  it("according to X", () => {
    const text = "“The vessel was operated by a designated terrorist organization,” according to the Pentagon.";
    const [q] = run(text);
    expect(q!.method).toBe("according-to");
    expect(q!.speakerAsWritten).toBe("Pentagon");
  });

  it("he said refers back to the last person named outside quotes", () => {
    const text = "The plan was criticised by Brian Finucane, a former State Department lawyer.\n\n“It would be hard to see some random trafficker meeting the threshold set by Mr. Maduro’s critics,” he said.";
    const finucane = actor(text, "Brian Finucane", "brian-finucane", "person", "Brian Finucane");
    const maduro = actor(text, "Nicolás Maduro", "nicolas-maduro", "person", "Maduro");
    const [q] = run(text, [finucane, maduro]);
    expect(q!.method).toBe("pronoun");
    expect(q!.speakerAsWritten).toBe("Brian Finucane");
    expect(q!.speakerKey).toBe("brian-finucane");
  });

  it("she said this week, resolved through actor mentions", () => {
    const text = "Kaja Kallas, the EU’s foreign policy chief, said the law was clear. “You can use force for two reasons,” she said this week.";
    const kallas = actor(text, "Kaja Kallas", "kaja-kallas", "person", "Kaja Kallas");
    const qs = run(text, [kallas], [date(text, "this week", "2025-11-10", "week")]);
    expect(qs[0]!.speakerKey).toBe("kaja-kallas");
    expect(qs[0]!.speaker).toBe("Kaja Kallas");
    expect(qs[0]!.saidDate?.precision).toBe("week");
  });

  it("a quote continuing in the next sentence keeps the speaker", () => {
    const text = "“Interdiction doesn’t work,” Secretary of State Marco Rubio said in September. “What will stop them is when you blow them up.”";
    const rubio = actor(text, "Marco Rubio", "marco-rubio", "person", "Marco Rubio");
    const qs = run(text, [rubio]);
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continuesQuote).toBe(0);
    expect(qs[1]!.method).toBe("continuation");
    expect(qs[1]!.speakerKey).toBe("marco-rubio");
  });

  it("embedded post: the handle after the dash is the speaker", () => {
    const text = "“The regime is a transshipment organization for these groups and their cargo.” — @SecRubio pic.twitter.com/abc123\n— Department of State (@StateDept) November 13, 2025";
    const qs = run(text, [], [date(text, "November 13, 2025", "2025-11-13")]);
    expect(qs[0]!.speakerAsWritten).toBe("@SecRubio");
    expect(qs[0]!.method).toBe("embedded-post");
    expect(qs[0]!.saidDate?.date).toBe("2025-11-13");
  });

  it("embedded post without a handle: the footer account", () => {
    const text = "“We will keep our hemisphere safe from narco-terrorists.”\n— Southern Command (@Southcom) October 2, 2025";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("Southern Command");
  });

  it("spokesperson for a named principal resolves to the principal", () => {
    const text = "On the legality of the strikes, a spokesman for British Prime Minister Keir Starmer told reporters on Tuesday: “Decisions on this issue are a US matter.”";
    const starmer = actor(text, "Keir Starmer", "keir-starmer", "person", "Keir Starmer");
    const qs = run(text, [starmer]);
    expect(qs[0]!.speakerAsWritten).toBe("a spokesman for British Prime Minister Keir Starmer");
    expect(qs[0]!.method).toBe("spokesperson");
    expect(qs[0]!.speakerKey).toBe("keir-starmer");
  });

  it("a spokesperson reading a statement for a ministry", () => {
    const text = "“The ministry rejects these allegations in the strongest terms,” a Foreign Ministry spokeswoman said in a statement.";
    const ministry = actor(text, "Ministry of Foreign Affairs", "mfa", "organization", "Foreign Ministry");
    const qs = run(text, [ministry]);
    expect(qs[0]!.speakerAsWritten).toBe("a Foreign Ministry spokeswoman");
    expect(qs[0]!.speakerKey).toBe("mfa");
    expect(qs[0]!.venue?.text).toBe("in a statement");
  });

  it("institutions speak too (Guardian style, said after)", () => {
    const text = "“All strikes were conducted in international waters against designated terrorists,” the Pentagon said.";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("Pentagon");
    expect(q!.method).toBe("said-after");
  });

  it("X underscored something, colon", () => {
    const text = "Marco Rubio, secretary of state, underscored the strategic shift: “We have to start treating them as armed terrorist organizations.”";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("Marco Rubio");
    expect(q!.method).toBe("colon");
  });

  it("garbled translation: name with no verb after the quote", () => {
    const text = "“We are following with concern the strikes carried out in international waters,” Barro. This was reported by a French newspaper.";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("Barro");
  });

  it("garbled translation: stray clause after the attribution", () => {
    const text = "“These attacks are unacceptable and must stop at once,” Turk said. says the statement.";
    const [q] = run(text);
    expect(q!.speakerAsWritten).toBe("Turk");
  });

  it("participle: he said, adding that … “…”", () => {
    const text = "Dutch Prime Minister Dick Schoof visited the islands this week. “It’s important that we are in no way involved,” he said, adding that Dutch officials are “trying to determine the Americans’ actual intentions.”";
    const qs = run(text);
    expect(qs.map((q) => q.speakerAsWritten)).toEqual(["Dick Schoof", "Dick Schoof"]);
  });

  it("it said refers to the institution that is the sentence subject", () => {
    const text = "In announcing sanctions, the Treasury Department accused the cartel of aiding Tren de Aragua, which it said were “threatening the peace and security of the United States.”";
    const [q] = run(text);
    expect(q!.method).toBe("pronoun");
    expect(q!.speakerAsWritten).toBe("Treasury Department");
  });

  it("split utterance around its attribution continues the first part", () => {
    const text = "“We will fight,” the general said, “and we will win this war against the cartels.”";
    const qs = run(text);
    expect(qs).toHaveLength(2);
    expect(qs[1]!.continuesQuote).toBe(0);
    expect(qs[1]!.speakerAsWritten).toBe("the general");
    expect(qs[0]!.method).toBe("description");
    expect(qs[0]!.speaker).toBeNull();
  });
});

describe("seed sentences", () => {
  it("Rubio from a US airbase, then a continuation paragraph", () => {
    const text = "“I don’t think that the European Union gets to determine what international law is,” Rubio told reporters on Wednesday from a US airbase.\n“They certainly don’t get to determine how the United States defends its national security.”";
    const qs = run(text, [], [date(text, "on Wednesday", "2025-11-12")]);
    expect(qs[0]!.venue?.text).toBe("from a US airbase");
    expect(qs[0]!.saidDate?.date).toBe("2025-11-12");
    expect(qs[1]!.continuesQuote).toBe(0);
    expect(qs[1]!.speakerAsWritten).toBe("Rubio");
  });

  it("Rubio after the meeting in Niagara-on-the-Lake", () => {
    const text = "“Not with me — no one brought it up,” Rubio told reporters after the meeting in Niagara-on-the-Lake, near the U.S. border.";
    const [q] = run(text);
    expect(q!.venue?.text).toBe("after the meeting in Niagara-on-the-Lake");
  });

  it("a partial quote after 'said it would be'", () => {
    const text = "The retired Rear Adm. James E. McPherson, who served as the top uniformed lawyer for the navy, said it would be “a major breach of international law” to use force.";
    const [q] = run(text);
    expect(q!.text).toBe("a major breach of international law");
    expect(q!.speakerAsWritten).toBe("James E. McPherson");
  });

  it("a Downing Street spokesman said in an email, then two more sentences inside the quote", () => {
    const text = "“It is our long-standing policy not to comment on intelligence matters,” a Downing Street spokesman said in an email. “The United States is our closest ally. We continue to work together.”";
    const qs = run(text);
    expect(qs).toHaveLength(2);
    expect(qs[0]!.speakerAsWritten).toBe("a Downing Street spokesman");
    expect(qs[1]!.speakerAsWritten).toBe("a Downing Street spokesman");
    expect(qs[1]!.text).toBe("The United States is our closest ally. We continue to work together.");
  });
});

describe("robustness", () => {
  it("never throws and spans always slice on hostile input", () => {
    const inputs = ["", "“", "”", "‘’", "\"\"\"", "« »", "„“", "a ’ b ‘ c", "“unclosed\n\n“reopened", "\u201d said he \u201c", "'tis the '90s' end'"];
    for (const t of inputs) {
      const qs = run(t);
      expectSlices(t, qs);
    }
  });
});
