import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * TV-network fact check: one-line paragraphs, caps subheads, an embedded X
 * post signed "— Name (@handle), date" ("Today" inside = the post's date),
 * tallies "as of Sunday", CAP defined, Petro "wrote" in a post on X, an
 * anonymous official, "Porter added:", differences between counts that are
 * not tolls (optional).
 */
const labels: ArticleLabels = {
  id: "h6_03_tv_factcheck_boat_count",
  file: "tests/gold/heldout6/articles/h6_03_tv_factcheck_boat_count.txt",
  outlet: "KTVN Channel 6 News",
  published: "2025-11-18",
  invented: true,
  quotes: [
    q(
      "Today, at the direction of President Trump, the Department of War struck a vessel operated by a Designated Terrorist Organization in the Eastern Pacific. Three male narco-terrorists were aboard. All three were killed.",
      "Pete Hegseth",
      "Pete Hegseth",
    ),
    q("does not maintain a public running total", "Kingsley Wade", "Kingsley Wade"),
    q("We count what the government itself tells us happened, in any channel", "Odalys Brathwaite", "Odalys Brathwaite"),
    q("If the president says a boat was destroyed, we count the boat.", "Odalys Brathwaite", "Odalys Brathwaite"),
    q("nearly 90 human beings", "Gustavo Petro", "Petro"),
    q("without a trial, without a name, without a grave.", "Gustavo Petro", "Petro"),
    q("higher than two, but not by much.", null, null),
    q("The administration is asking the public to accept numbers it alone controls", "Jameel Porter", "Jameel Porter"),
    q("In any other conflict, we would call that a credibility problem.", "Jameel Porter", "Porter"),
  ],
  mentions: {
    "United States": ["US", "U.S."],
    "Donald Trump": ["Donald Trump", "Trump"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Caribbean Accountability Project": ["Caribbean Accountability Project", "CAP"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth", "@SecWar"],
    "Kingsley Wade": ["Kingsley Wade"],
    "Odalys Brathwaite": ["Odalys Brathwaite"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Ministry of National Defence": ["Colombia's defense ministry"],
    "Mexican Navy": ["Mexico's navy"],
    "Jameel Porter": ["Jameel Porter", "Porter"],
    "US Coast Guard": ["Coast Guard"],
    "Tulane University": ["Tulane University"],
    "US Southern Command": ["Southern Command"],
  },
  optionalMentions: {
    "Renée Albrecht": ["Renée Albrecht"],
    "KTVN Channel 6 News": ["KTVN Channel 6 News"],
    Colombia: ["Colombian", "COLOMBIA"],
    "US Department of Defense": ["PENTAGON"],
    X: ["X"],
    "Truth Social": ["Truth Social"],
  },
  figures: [
    { text: "Three male narco-terrorists", value: 3, kind: "killed", qualifier: null },
    { text: "All three", value: 3, kind: "killed", qualifier: null, optional: true },
    { text: "20 strikes", value: 20, kind: "strikes", qualifier: null, asOf: "2025-11-16" },
    { text: "at least 80 people", value: 80, kind: "killed", qualifier: "at least", asOf: "2025-11-16" },
    { text: "21 strikes", value: 21, kind: "strikes", qualifier: null, occurrence: 1 },
    { text: "83 dead", value: 83, kind: "killed", qualifier: null },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null },
    { text: "three people", value: 3, kind: "killed", qualifier: null, occurrence: 1 },
    { text: "nearly 90 human beings", value: 90, kind: "killed", qualifier: "nearly" },
    { text: "21 strikes", value: 21, kind: "strikes", qualifier: null, occurrence: 2 },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "higher than two", value: 2, kind: "survivors", qualifier: "higher than", optional: true },
    { text: "Two strikes", value: 2, kind: "strikes", qualifier: null, optional: true },
    // The gap between counts, not a toll.
    { text: "roughly three people", value: 3, kind: "killed", qualifier: "roughly", optional: true },
    { text: "one strike", value: 1, kind: "strikes", qualifier: null, optional: true },
  ],
  dates: {
    "Nov. 18, 2025": { date: "2025-11-18", precision: "day" },
    Saturday: { date: "2025-11-15", precision: "day" },
    Today: { date: "2025-11-15", precision: "day" },
    "Nov. 15, 2025": { date: "2025-11-15", precision: "day" },
    Sunday: { date: "2025-11-16", precision: "day" },
    "Oct. 16": { date: "2025-10-16", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "Sept. 19": { date: "2025-09-19", precision: "day" },
    "Nov. 9": { date: "2025-11-09", precision: "day" },
    "Oct. 27": { date: "2025-10-27", precision: "day" },
    Monday: { date: "2025-11-17", precision: "day" },
  },
};
export default labels;
