import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Fact-check piece comparing death tolls: one-line paragraphs, all-caps
 * section heads, embedded X and Truth Social posts introduced by a header
 * line ("Pete Hegseth (@SecWar) on X:"), an anonymous defense official, "X
 * told FactLine", "wrote in a post on X", "echoing the office", "wrote on
 * Truth Social". Figures carry their own as-of dates where the text gives a
 * tally for a date ("as of Dec. 17", "as of Dec. 16", "Our tally for that
 * date"); "Today" inside a post is the post's day (optional). Distractors:
 * 25,000 lives, 80,000 overdose deaths, 12 months.
 */
const labels: ArticleLabels = {
  id: "h4_03_factline_death_toll_check",
  file: "tests/gold/heldout4/articles/h4_03_factline_death_toll_check.txt",
  outlet: "FactLine",
  published: "2025-12-18",
  invented: true,
  quotes: [
    q("taken nearly a hundred narco-terrorists off the battlefield.", "Pete Hegseth", "Pete Hegseth"),
    q("We announce each engagement. We don't do a scoreboard", null, null),
    q(
      "Today, at the direction of @POTUS, the Department of War carried out lethal kinetic strikes on three vessels operated by Designated Terrorist Organizations in the Eastern Pacific. Eight male narco-terrorists were killed. No U.S. forces were harmed.",
      "Pete Hegseth",
      "Pete Hegseth",
    ),
    // The writer re-quoting the claim under check.
    q("nearly a hundred", "Pete Hegseth", "Hegseth", { occurrence: 2, optional: true }),
    q("The Pentagon counts what it chooses to announce. We count funerals", "Marlon Achong-Beckles", "Achong-Beckles"),
    q("Those are not always the same number.", "Marlon Achong-Beckles", "Achong-Beckles"),
    q("more than 120 human beings, most of them fishermen.", "Diosdado Cabello", "Diosdado Cabello"),
    q("not accept that our dead be turned into statistics.", "Gustavo Petro", "Gustavo Petro"),
    q("reflects the assessment of the commander at the time of the engagement", "Elena Márquez-Hobbs", "Elena Márquez-Hobbs"),
    q("may be refined.", "Elena Márquez-Hobbs", "Elena Márquez-Hobbs"),
    q("not in a position to verify", "Office of the UN High Commissioner for Human Rights", "Office of the UN High Commissioner for Human Rights"),
    q(
      "Every boat we knock out saves 25,000 American lives. The Fake News wants to count the Narco Terrorists. I count the Americans we saved!",
      "Donald Trump",
      "Donald J. Trump",
    ),
  ],
  mentions: {
    "United States": ["US", "U.S."],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth", "@SecWar"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    FactLine: ["FactLine"],
    "US Southern Command": ["U.S. Southern Command", "Southern Command"],
    "Caribbean Casualty Project": ["Caribbean Casualty Project"],
    "University of the West Indies": ["University of the West Indies"],
    "Marlon Achong-Beckles": ["Marlon Achong-Beckles", "Achong-Beckles"],
    Venezuela: ["Venezuela"],
    "Diosdado Cabello": ["Diosdado Cabello"],
    "Colombian Ombudsman's Office": ["Colombian Ombudsman's Office"],
    "Gustavo Petro": ["Gustavo Petro"],
    Colombia: ["Colombia"],
    Ecuador: ["Ecuador"],
    "Mexican Navy": ["Mexico's navy"],
    Mexico: ["Mexico"],
    "Elena Márquez-Hobbs": ["Elena Márquez-Hobbs"],
    "Office of the UN High Commissioner for Human Rights": ["Office of the UN High Commissioner for Human Rights", "OHCHR"],
    "Donald Trump": ["Donald Trump", "Donald J. Trump", "@realDonaldTrump"],
  },
  optionalMentions: {
    "Priya Venkataraman-Cole": ["Priya Venkataraman-Cole"],
    "Reagan National Defense Forum": ["Reagan National Defense Forum"],
    X: ["X"],
    "Truth Social": ["Truth Social"],
    "Donald Trump": ["@POTUS"],
    "United States": ["American", "Americans"],
    Colombia: ["Colombian"],
    Ecuador: ["Ecuadorian"],
  },
  figures: [
    { text: "nearly a hundred narco-terrorists", value: 100, kind: "killed", qualifier: "nearly", asOf: "2025-12-06" },
    { text: "26 strikes", value: 26, kind: "strikes", qualifier: null, asOf: "2025-12-17" },
    { text: "29 vessels", value: 29, kind: "vessels", qualifier: null, asOf: "2025-12-17" },
    { text: "99 people", value: 99, kind: "killed", qualifier: null, asOf: "2025-12-17" },
    { text: "more than one boat", value: 1, kind: "vessels", qualifier: "more than", optional: true },
    { text: "three boats", value: 3, kind: "vessels", qualifier: null },
    { text: "eight people", value: 8, kind: "killed", qualifier: null },
    { text: "three vessels", value: 3, kind: "vessels", qualifier: null },
    { text: "Eight male narco-terrorists", value: 8, kind: "killed", qualifier: null },
    { text: "nearly a hundred", value: 100, kind: "killed", qualifier: "nearly", asOf: "2025-12-06", occurrence: 2, optional: true },
    { text: "87 people", value: 87, kind: "killed", qualifier: null, asOf: "2025-12-06" },
    { text: "at least 104 people", value: 104, kind: "killed", qualifier: "at least", asOf: "2025-12-16" },
    { text: "more than 120 human beings", value: 120, kind: "killed", qualifier: "more than" },
    { text: "at least 11 Colombian nationals", value: 11, kind: "killed", qualifier: "at least", asOf: "2025-12-11", optional: true },
    { text: "Two men", value: 2, kind: "survivors", qualifier: null },
    { text: "one survivor", value: 1, kind: "survivors", qualifier: null },
    { text: "two men", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
  ],
  dates: {
    "Dec. 18, 2025": { date: "2025-12-18", precision: "day" },
    "Dec. 6": { date: "2025-12-06", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "Dec. 17": { date: "2025-12-17", precision: "day" },
    "Dec. 15": { date: "2025-12-15", precision: "day" },
    "the same afternoon": { date: "2025-12-15", precision: "day", optional: true },
    Today: { date: "2025-12-15", precision: "day", optional: true },
    "Dec. 16": { date: "2025-12-16", precision: "day" },
    "last week": { date: "2025-12-08", precision: "week" },
    "Dec. 11": { date: "2025-12-11", precision: "day" },
    "Oct. 16": { date: "2025-10-16", precision: "day" },
    "Oct. 27": { date: "2025-10-27", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "Dec. 12": { date: "2025-12-12", precision: "day" },
    April: { date: "2025-04", precision: "month" },
  },
};
export default labels;
