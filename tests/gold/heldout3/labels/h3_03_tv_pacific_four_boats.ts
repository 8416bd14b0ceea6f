import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * TV network web story: one-sentence paragraphs, all-caps section kickers, an
 * embedded X post signed "— @SecWar" and an unsigned Truth Social post, "He said"
 * with the antecedent a paragraph up, "the statement said", a senator with
 * party-state tag, "last Tuesday" read on a Tuesday (the week before), headline
 * figure with no counted noun, distractors (nautical miles, sailors, a tally round).
 */
const labels: ArticleLabels = {
  id: "h3_03_tv_pacific_four_boats",
  file: "tests/gold/heldout3/articles/h3_03_tv_pacific_four_boats.txt",
  outlet: "ABN News",
  published: "2025-10-28",
  invented: true,
  quotes: [
    q("known by our intelligence apparatus", "Pete Hegseth", "Pete Hegseth"),
    q(
      "Four vessels. Fourteen narco-terrorists. Three strikes in international waters. These cartels are the Al Qaeda of our Hemisphere, and we will hunt them like Al Qaeda.",
      "Pete Hegseth",
      "@SecWar",
    ),
    q(
      "The Secretariat of the Navy, in its capacity as the national maritime search and rescue authority, activated its protocols to safeguard human life at sea",
      "Mexican Navy",
      "Mexico's Navy",
    ),
    q("We do not agree with these attacks", "Claudia Sheinbaum", "Sheinbaum"),
    q("There are international laws, and they have to be respected.", "Claudia Sheinbaum", "Sheinbaum"),
    q("in the water for hours", null, null),
    q("Nobody is asking whether these men were smugglers. We're asking how anyone knows", "Harold Vance-Ruiz", "Harold Vance-Ruiz"),
    q("The administration has shown Congress nothing.", "Harold Vance-Ruiz", "Harold Vance-Ruiz"),
    q("We're just going to kill people that are bringing drugs into our country", "Donald Trump", "Trump"),
    q("They're going to be, like, dead.", "Donald Trump", "Trump"),
    q("The Radical Left Democrats want to protect the Drug Lords. I want to protect the American People. SIMPLE!", "Donald Trump", "Trump"),
    q("murder.", "Gustavo Petro", "Gustavo Petro"),
  ],
  mentions: {
    "Pete Hegseth": ["Pete Hegseth", "Hegseth", "@SecWar"],
    "United States": ["U.S."],
    "Donald Trump": ["Donald Trump", "Trump"],
    Mexico: ["Mexico"],
    "Mexican Navy": ["Mexico's Navy", "Secretariat of the Navy"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum", "Sheinbaum"],
    "Elena Barragán Ortiz": ["Elena Barragán Ortiz"],
    "Ronald Johnson": ["Ronald Johnson"],
    "ABN News": ["ABN News"],
    "US Department of Defense": ["Pentagon"],
    "Harold Vance-Ruiz": ["Harold Vance-Ruiz"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
    "US Congress": ["Congress"],
    "White House": ["White House"],
    "al-Qaida": ["Al Qaeda"],
    Colombia: ["Colombia"],
    "Gustavo Petro": ["Gustavo Petro"],
    "Nicolás Maduro": ["Nicolás Maduro"],
  },
  optionalMentions: {
    "ABN News": ["ABN NEWS"],
    Mexico: ["Mexican"],
    Venezuela: ["Venezuelan"],
    "United States": ["American"],
    "Democratic Party": ["Democrats"],
    "Truth Social": ["Truth Social"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    "Caitlin Moreau-Banks": ["Caitlin Moreau-Banks"],
    "Theo Abernethy": ["Theo Abernethy"],
    "Luis Echevarría": ["Luis Echevarría"],
  },
  notMentionForms: ["Mexico City"],
  figures: [
    { text: "14", value: 14, kind: "killed", qualifier: null, occurrence: 1, optional: true },
    { text: "four boats", value: 4, kind: "vessels", qualifier: null, occurrence: 1 },
    { text: "lone survivor", value: 1, kind: "survivors", qualifier: null, optional: true },
    { text: "four boats", value: 4, kind: "vessels", qualifier: null, occurrence: 2 },
    { text: "14 people", value: 14, kind: "killed", qualifier: null },
    { text: "One person", value: 1, kind: "survivors", qualifier: null },
    { text: "Four vessels", value: 4, kind: "vessels", qualifier: null },
    { text: "Fourteen narco-terrorists", value: 14, kind: "killed", qualifier: null },
    { text: "Three strikes", value: 3, kind: "strikes", qualifier: null },
    { text: "at least 57 people", value: 57, kind: "killed", qualifier: "at least" },
    { text: "14 strikes", value: 14, kind: "strikes", qualifier: null },
    { text: "fourth round", value: 4, kind: "strikes", qualifier: null, optional: true },
  ],
  dates: {
    "Oct. 28, 2025": { date: "2025-10-28", precision: "day" },
    Monday: { date: "2025-10-27", precision: "day" },
    "late Monday night": { date: "2025-10-27", precision: "day" },
    "Tuesday morning": { date: "2025-10-28", precision: "day" },
    Tuesday: { date: "2025-10-28", precision: "day" },
    "last Tuesday": { date: "2025-10-21", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "last week": { date: "2025-10-20", precision: "week" },
    Friday: { date: "2025-10-24", precision: "day" },
    "early November": { date: "2025-11", precision: "month" },
  },
};
export default labels;
