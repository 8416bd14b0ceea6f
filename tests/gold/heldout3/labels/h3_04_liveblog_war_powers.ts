import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Live blog in chronological order with timestamps and a KEY EVENTS list: a
 * floor speech over two paragraphs (unclosed first mark), "his office said:"
 * (the senator speaks), quotes nested inside a senator's quote, an anonymous
 * White House official, vote tallies and election-day weekdays as distractors,
 * surnames in a hyphenated bill name ("Kaine-Schiff-Paul").
 */
const labels: ArticleLabels = {
  id: "h3_04_liveblog_war_powers",
  file: "tests/gold/heldout3/articles/h3_04_liveblog_war_powers.txt",
  outlet: "The Capitol Ledger",
  published: "2025-11-06",
  invented: true,
  quotes: [
    q("at the appropriate time", "Roger Wicker", "Wicker", { occurrence: 1 }),
    q("narco-terrorists", "Pete Hegseth", "Pete Hegseth"),
    q(
      "The Constitution does not give the president a blank check to start a war in the Caribbean because he has decided he doesn't like a foreign government",
      "Tim Kaine",
      "Kaine",
    ),
    q("If this body believes the president should have that power, then vote for it. Authorize it. Put your name on it.", "Tim Kaine", "Kaine"),
    q("What we cannot do is pretend we are not being asked.", "Tim Kaine", "Kaine"),
    q("We are blowing up boats and we don't know the names of the people on them", "Rand Paul", "Paul"),
    q("That's not a policy. That's a guess with a missile attached.", "Rand Paul", "Paul"),
    q("within the hour", null, null),
    q("every member who asked.", null, null),
    q(
      "Chairman Wicker believes the President has the authority to defend the United States against those who traffic poison into our communities. The committee will examine the legal basis for these operations at the appropriate time.",
      "Roger Wicker",
      "Roger Wicker",
    ),
    q("The appropriate time was September", "Jack Reed", "Reed"),
    q("'No current plans' is not the same as 'no plans.'", "Adam Schiff", "Adam Schiff"),
    // Nested: Schiff quoting Rubio's reported words, then his own counter-phrase.
    q("No current plans", "Marco Rubio", "Rubio", { optional: true }),
    { text: "no plans.", speaker: null, speakerAsWritten: null, scare: true, optional: true },
    q("We came closer today than we did last month", "Tim Kaine", "Kaine"),
    q("and we'll come back.", "Tim Kaine", "Kaine"),
    q("a victory for the warmongers", "Freddy Ñáñez", "Freddy Ñáñez"),
  ],
  mentions: {
    "US Senate": ["Senate"],
    "Tim Kaine": ["Tim Kaine", "Kaine"],
    "Adam Schiff": ["Adam Schiff", "Schiff"],
    "Rand Paul": ["Rand Paul", "Paul"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Roger Wicker": ["Roger Wicker", "Wicker"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee", "Armed Services"],
    "United States": ["U.S.", "United States", "Washington"],
    Venezuela: ["Venezuela"],
    "US Congress": ["Congress"],
    "White House": ["White House"],
    "The Capitol Ledger": ["The Capitol Ledger"],
    "US House of Representatives": ["House"],
    "Jack Reed": ["Jack Reed", "Reed"],
    "Marco Rubio": ["Marco Rubio", "Rubio"],
    "Lisa Murkowski": ["Lisa Murkowski"],
    "John Fetterman": ["John Fetterman"],
    "Freddy Ñáñez": ["Freddy Ñáñez"],
    "John Thune": ["John Thune"],
  },
  optionalMentions: {
    "The Capitol Ledger": ["THE CAPITOL LEDGER"],
    "Republican Party": ["Republicans"],
    "Democratic Party": ["Democrats", "Democrat"],
    Venezuela: ["Venezuelan"],
  },
  figures: [
    { text: "three men", value: 3, kind: "killed", qualifier: null, occurrence: 1 },
    { text: "three men", value: 3, kind: "killed", qualifier: null, occurrence: 2 },
    { text: "17 strikes", value: 17, kind: "strikes", qualifier: null },
    { text: "at least 69 people", value: 69, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Thursday, Nov. 6, 2025": { date: "2025-11-06", precision: "day" },
    "this afternoon": { date: "2025-11-06", precision: "day" },
    "Oct. 8": { date: "2025-10-08", precision: "day" },
    overnight: { date: "2025-11-06", precision: "day", optional: true },
    "early September": { date: "2025-09", precision: "month" },
    September: { date: "2025-09", precision: "month" },
    Wednesday: { date: "2025-11-05", precision: "day" },
    today: { date: "2025-11-06", precision: "day" },
    "last month": { date: "2025-10", precision: "month" },
    "next week": { date: "2025-11-10", precision: "week" },
  },
};
export default labels;
