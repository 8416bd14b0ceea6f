import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Hearing story, transcript-heavy: an exchange in quote marks with no verb
 * whose speakers are named afterwards ("The questions came from …"), "the
 * chairman said", "He added", a speaker named after the quote ("The words
 * came from …"), "Echoing Meeks", two Ferrers ("Ferrer's office" is the
 * congresswoman's), "Wicker's office", JSOC spelled out, a vote "in January".
 */
const labels: ArticleLabels = {
  id: "h6_02_hearing_house_foreign_affairs",
  file: "tests/gold/heldout6/articles/h6_02_hearing_house_foreign_affairs.txt",
  outlet: "Capitol Dispatch",
  published: "2025-12-11",
  invented: true,
  quotes: [
    // Headline quote, nobody named.
    q("Who gave the order?", null, null, { optional: true }),
    q("no role in targeting decisions", "Caroline Mertz", "Caroline Mertz"),
    q("I'm not going to get ahead of my colleagues at the Department of War", "Caroline Mertz", "Caroline Mertz"),
    q("They own the operational picture. We own the diplomacy.", "Caroline Mertz", "Caroline Mertz"),
    q("Two men holding on to wreckage are not a threat to anyone", "Gregory Meeks", "Gregory Meeks"),
    q("If the answer is that nobody at State asked whether killing them was lawful, that is an answer too.", "Gregory Meeks", "Gregory Meeks"),
    q("Did you read the memo?", "Gregory Meeks", "Meeks"),
    q("I have read a number of memos, congressman.", "Caroline Mertz", "Mertz"),
    q("The one on the second strike.", "Gregory Meeks", "Meeks"),
    q("I'm not in a position to discuss internal deliberations.", "Caroline Mertz", "Mertz"),
    q("These cartels have killed more Americans than any army we have fought in my lifetime", "Brian Mast", "Brian Mast"),
    q("do its oversight job without doing the cartels' PR.", "Brian Mast", "Brian Mast"),
    q("every fact on the table.", "Ileana Ferrer", "Ileana Ferrer"),
    q("We are being asked to bless a process that nobody will describe to us.", "Dolores Whitcombe", "Dolores Whitcombe"),
    q("the first time anyone has made the regime afraid.", "Manuel Ferrer", "Manuel Ferrer"),
    q("made the right call", "Pete Hegseth", "Pete Hegseth"),
    q("complete support.", "Pete Hegseth", "Pete Hegseth"),
    q("as soon as the Pentagon makes him available.", "Ileana Ferrer", "Ferrer"),
    q("ongoing and serious.", "Roger Wicker", "Roger Wicker"),
  ],
  mentions: {
    "US State Department": ["State Department", "State"],
    "House Foreign Affairs Committee": ["House Foreign Affairs Committee"],
    "Caroline Mertz": ["Caroline Mertz", "Mertz"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Gregory Meeks": ["Gregory Meeks", "Meeks"],
    "Brian Mast": ["Brian Mast"],
    "Ileana Ferrer": ["Ileana Ferrer", "Ferrer"],
    "Manuel Ferrer": ["Manuel Ferrer"],
    "Dolores Whitcombe": ["Dolores Whitcombe"],
    "Tren de Aragua": ["Tren de Aragua"],
    "United States": ["U.S."],
    "Frank M. Bradley": ["Frank Bradley"],
    "Joint Special Operations Command": ["Joint Special Operations Command"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Roger Wicker": ["Roger Wicker", "Wicker"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
  },
  optionalMentions: {
    "Nathan Osei": ["Nathan Osei"],
    "Capitol Dispatch": ["CAPITOL DISPATCH"],
    "Democratic Party": ["Democrat"],
    "Republican Party": ["Republican"],
    "US Army": ["Army"],
    Venezuela: ["Venezuelan"],
    "United States": ["Americans"],
  },
  figures: [
    { text: "two men", value: 2, kind: "killed", qualifier: null },
    // Men who survived the first strike, quoted before being killed by the second.
    { text: "Two men", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "roughly 87 people", value: 87, kind: "killed", qualifier: "roughly" },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
  ],
  dates: {
    "Dec. 11, 2025": { date: "2025-12-11", precision: "day" },
    Wednesday: { date: "2025-12-10", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    January: { date: "2026-01", precision: "month" },
    "2019": { date: "2019", precision: "year" },
    September: { date: "2025-09", precision: "month" },
    "last week": { date: "2025-12-01", precision: "week" },
    Tuesday: { date: "2025-12-09", precision: "day" },
  },
};
export default labels;
