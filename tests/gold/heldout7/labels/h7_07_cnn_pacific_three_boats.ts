import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * CNN web story: headline digits, "Updated … Tue December 16, 2025" line, an
 * embedded X post without quote marks signed "— U.S. Southern Command
 * (@Southcom) December 15, 2025" (its text is an optional quote; its "Today" is
 * the post's date), a Pentagon statement quoted over two paragraphs, an
 * anonymous official ("the official said"), "Mexico's navy" as one mention,
 * "Arizona Democratic Sen. Mark Kelly told CNN".
 */
const labels: ArticleLabels = {
  id: "h7_07_cnn_pacific_three_boats",
  file: "tests/gold/heldout7/articles/h7_07_cnn_pacific_three_boats.txt",
  outlet: "CNN",
  published: "2025-12-16",
  invented: true,
  quotes: [
    q("engaged in narco-trafficking operations.", "US Southern Command", "Southern Command", { occurrence: 1 }),
    q(
      "Today, at the direction of Secretary of War Pete Hegseth, Joint Task Force Southern Spear conducted lethal kinetic strikes on three vessels in international waters operated by Designated Terrorist Organizations. Intelligence confirmed the vessels were transiting along known narco-trafficking routes in the Eastern Pacific and were engaged in narco-trafficking operations. A total of eight male narco-terrorists were killed. No U.S. military forces were harmed.",
      "US Southern Command",
      "U.S. Southern Command",
      { optional: true },
    ),
    q("We are just getting started.", "Pete Hegseth", "Hegseth"),
    q("Every one of these strikes has been conducted in full compliance with the law of armed conflict and was approved at the appropriate level of command.", "US Department of Defense", "Pentagon"),
    q("The Department of War will not discuss the sources and methods behind our intelligence, and we will not apologize for killing narco-terrorists who are poisoning Americans.", "US Department of Defense", "Pentagon"),
    q("nothing to hide", "Sean Parnell", "Sean Parnell"),
    q("It's the kind of vessel we see moving multiple tons at a time", null, null),
    q("at the request of US authorities", "Mexican Navy", "Mexico's navy"),
    q("We do not agree with these attacks, and we have said so to the United States government", "Claudia Sheinbaum", "Sheinbaum"),
    q("There are international laws, and they must be respected.", "Claudia Sheinbaum", "Sheinbaum"),
    q("Every week there are more of these, and every week we get less information", "Mark Kelly", "Mark Kelly"),
    q("That is not how oversight works.", "Mark Kelly", "Mark Kelly"),
    q("These are people with names, mothers, children. The United States owes them at least the truth about who was killed and why", "Daniela Araya", "Daniela Araya"),
    q("Calling someone a narco-terrorist in a social media post is not evidence", "Daniela Araya", "Daniela Araya"),
  ],
  mentions: {
    "United States": ["US", "U.S.", "United States", "Washington"],
    "US Southern Command": ["US Southern Command", "Southern Command", "U.S. Southern Command", "@Southcom"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Joint Task Force Southern Spear": ["Joint Task Force Southern Spear"],
    CNN: ["CNN"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Sean Parnell": ["Sean Parnell"],
    "Mexican Navy": ["Mexico's navy"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum", "Sheinbaum"],
    "US Congress": ["Congress"],
    "US House of Representatives": ["House"],
    "Mark Kelly": ["Mark Kelly", "Kelly"],
    "Daniela Araya": ["Daniela Araya"],
    "Amnesty International": ["Amnesty International"],
    Colombia: ["Colombia"],
    Ecuador: ["Ecuador"],
  },
  optionalMentions: {
    "Natalie Ocampo": ["Natalie Ocampo"],
    "Priya Mehta": ["Priya Mehta"],
    "Jeremy Sands": ["Jeremy Sands"],
    "US Congress": ["Capitol Hill"],
    X: ["X"],
    "United States": ["Americans"],
    Mexico: ["Mexican"],
    "Democratic Party": ["Democratic"],
    "US Navy": ["Navy"],
  },
  figures: [
    { text: "8 people", value: 8, kind: "killed", qualifier: null },
    { text: "3 alleged drug boats", value: 3, kind: "vessels", qualifier: null },
    { text: "three boats", value: 3, kind: "vessels", qualifier: null, occurrence: 1 },
    { text: "eight people", value: 8, kind: "killed", qualifier: null },
    { text: "three small boats", value: 3, kind: "vessels", qualifier: null },
    { text: "three vessels", value: 3, kind: "vessels", qualifier: null },
    { text: "eight male narco-terrorists", value: 8, kind: "killed", qualifier: null },
    { text: "at least 95", value: 95, kind: "killed", qualifier: "at least" },
    { text: "at least 25 strikes", value: 25, kind: "strikes", qualifier: "at least" },
    { text: "the three boats", value: 3, kind: "vessels", qualifier: null, optional: true },
    { text: "no survivors", value: 0, kind: "survivors", qualifier: null, optional: true },
    { text: "two people", value: 2, kind: "killed", qualifier: null },
  ],
  dates: {
    "Tue December 16, 2025": { date: "2025-12-16", precision: "day" },
    Monday: { date: "2025-12-15", precision: "day" },
    Today: { date: "2025-12-15", precision: "day" },
    "December 15, 2025": { date: "2025-12-15", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    September: { date: "2025-09", precision: "month" },
    Tuesday: { date: "2025-12-16", precision: "day" },
    "September 2": { date: "2025-09-02", precision: "day" },
    "this week": { date: "2025-12-15", precision: "week" },
    "last month": { date: "2025-11", precision: "month" },
  },
};
export default labels;
