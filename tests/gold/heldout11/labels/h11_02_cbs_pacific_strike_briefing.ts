import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * CBS News web story: embedded X post (no quote marks, signed
 * "— Name (@handle) date"), senators after a closed briefing, named White
 * House spokesperson, anonymous officials, "hostilities" as a legal term,
 * poll percentages, troops/warships as distractors, "CBS News'" credit.
 */
const labels: ArticleLabels = {
  id: "h11_02_cbs_pacific_strike_briefing",
  file: "tests/gold/heldout11/articles/h11_02_cbs_pacific_strike_briefing.txt",
  outlet: "CBS News",
  published: "2025-11-05",
  invented: true,
  quotes: [
    // The embedded post carries no quote marks: optional, Hegseth's words.
    q("Today, at the direction of President Trump, the Department of War carried out a lethal kinetic strike on yet another narco-trafficking vessel operated by a Designated Terrorist Organization in the Eastern Pacific. Two male narco-terrorists were aboard the vessel during the strike. Both were killed, and no U.S. forces were harmed.", "Pete Hegseth", "Pete Hegseth", { optional: true }),
    q("We will find and terminate EVERY vessel with the intention of trafficking drugs to America to poison our people.", "Pete Hegseth", "Pete Hegseth", { optional: true }),
    q("What we heard today does not come close to justifying killing people without any due process", "Tim Kaine", "Tim Kaine"),
    q("They could not tell us who these people were. They could not tell us what law allows this.", "Tim Kaine", "Tim Kaine"),
    q("satisfied that the administration is acting within its authority", "Roger Wicker", "Roger Wicker"),
    q("thorough and professional.", "Roger Wicker", "Roger Wicker"),
    q("These are terrorists who are poisoning our kids", "Rick Scott", "Rick Scott"),
    q("I'm not losing any sleep over it, and neither are the families in Florida who've buried their children because of fentanyl.", "Rick Scott", "Rick Scott"),
    // Legal term of art inside reported argument: scare or the officials' word.
    { text: "hostilities", speaker: null, speakerAsWritten: null, scare: true, optional: true },
    q("fully consistent with the law of armed conflict", "Anna Kelly", "Anna Kelly"),
    q("has been clear that he will use every element of American power to stop drugs from flooding into our country.", "Anna Kelly", "Anna Kelly"),
    q("If we are at war, then where are the prisoners?", "Chris Van Hollen", "Chris Van Hollen"),
    q("And if we are not at war, then what on earth are we doing?", "Chris Van Hollen", "Chris Van Hollen"),
    q("multiple independent streams of intelligence.", null, null),
    q("be ready to defend every inch of the homeland.", "Nicolás Maduro", "Nicolás Maduro"),
  ],
  mentions: {
    "United States": ["U.S.", "America"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth", "@SecWar"],
    "Donald Trump": ["Trump"],
    "US Department of Defense": ["Department of War", "Pentagon"],
    "CBS News": ["CBS News"],
    "US Senate": ["Senate"],
    "Tim Kaine": ["Tim Kaine", "Kaine"],
    "Senate Armed Services Committee": ["Armed Services Committee"],
    "Roger Wicker": ["Roger Wicker"],
    "Rick Scott": ["Rick Scott"],
    "US State Department": ["State Department"],
    "US Department of Justice": ["Justice Department"],
    "Office of Legal Counsel": ["Office of Legal Counsel"],
    "White House": ["White House"],
    "Anna Kelly": ["Anna Kelly"],
    Colombia: ["Colombia"],
    Ecuador: ["Ecuador"],
    "Mexican Navy": ["Mexico's navy"],
    "Chris Van Hollen": ["Chris Van Hollen"],
    "US Southern Command": ["Southern Command"],
    "Nicolás Maduro": ["Nicolás Maduro"],
    YouGov: ["YouGov"],
  },
  optionalMentions: {
    "Nathan Orloff": ["Nathan Orloff"],
    "Priya Ramaswamy": ["Priya Ramaswamy"],
    // Credit line: "CBS News' Daniel Hurtado contributed".
    "CBS News": ["CBS News'"],
    "Daniel Hurtado": ["Daniel Hurtado"],
    X: ["X"],
    Guatemala: ["Guatemala"],
    Mexico: ["Mexico", "Mexican"],
    "Democratic Party": ["Democrats", "Democrat"],
    "Republican Party": ["Republicans", "Republican"],
    "United States": ["American", "Americans"],
    Venezuela: ["Venezuelan", "Venezuelans"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
  },
  notMentionForms: ["Latin America", "South America"],
  figures: [
    { text: "two people", value: 2, kind: "killed", qualifier: null, occurrence: 1 },
    { text: "at least 66", value: 66, kind: "killed", qualifier: "at least" },
    { text: "at least the 16th strike", value: 16, kind: "strikes", qualifier: "at least", optional: true },
    { text: "Two male narco-terrorists", value: 2, kind: "killed", qualifier: null, asOf: "2025-11-04", optional: true },
    { text: "two people", value: 2, kind: "survivors", qualifier: null, occurrence: 2 },
    { text: "four boats", value: 4, kind: "vessels", qualifier: null },
    { text: "14 people", value: 14, kind: "killed", qualifier: null },
    { text: "a lone survivor", value: 1, kind: "survivors", qualifier: null, optional: true },
  ],
  dates: {
    "November 5, 2025": { date: "2025-11-05", precision: "day" },
    Tuesday: { date: "2025-11-04", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "late October": { date: "2025-10", precision: "month" },
    // "Today" inside the embedded post is the post's date.
    Today: { date: "2025-11-04", precision: "day" },
    "November 4, 2025": { date: "2025-11-04", precision: "day" },
    today: { date: "2025-11-05", precision: "day" },
    "Oct. 16": { date: "2025-10-16", precision: "day" },
    Monday: { date: "2025-11-03", precision: "day" },
    "last month": { date: "2025-10", precision: "month" },
  },
};
export default labels;
