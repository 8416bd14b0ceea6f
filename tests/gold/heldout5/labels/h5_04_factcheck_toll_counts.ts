import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * TV-network fact check comparing death tolls: one-line paragraphs, all-caps
 * section heads (optional mentions), embedded X posts signed "— Name
 * (@handle), date" (quoted in full; "Today" inside the post is the post's
 * date), "told Northstar News", "She added", a Truth Social post, an
 * anonymous senior official (null), the writer's own "at least 83" in marks
 * (scare, but still a figure). Tallies stated "As of Nov. 15" carry that
 * date; a nationality count and the range of counts are optional.
 */
const labels: ArticleLabels = {
  id: "h5_04_factcheck_toll_counts",
  file: "tests/gold/heldout5/articles/h5_04_factcheck_toll_counts.txt",
  outlet: "Northstar News",
  published: "2025-11-20",
  invented: true,
  quotes: [
    q(
      "Today, at the direction of President Trump, the Department of War carried out a lethal kinetic strike on a vessel operated by a Designated Terrorist Organization in the Eastern Pacific. Three male narco-terrorists were killed. No US forces were harmed.",
      "Pete Hegseth",
      "Pete Hegseth",
    ),
    q("does not maintain a cumulative public figure", "US Department of Defense", "Pentagon"),
    q("We count a person as dead or missing when there is a named family and a named boat", "Imani Ostrowski-Vale", "Imani Ostrowski-Vale"),
    q("The official number is a floor, not a total.", "Imani Ostrowski-Vale", "Imani Ostrowski-Vale"),
    q("more than two-thirds", "Imani Ostrowski-Vale", "Imani Ostrowski-Vale"),
    q("more than 90 human beings", "Diosdado Cabello", "Diosdado Cabello"),
    q(
      "Colombian fishermen have been murdered at sea by the government of the United States. We demand their names and their bodies.",
      "Gustavo Petro",
      "Gustavo Petro",
    ),
    q("credible reports", "Colombian Ministry of Foreign Affairs", "Colombia's Foreign Ministry"),
    q("saved hundreds of thousands of American lives", "Donald Trump", "Donald Trump"),
    q("a rounding error compared to the number of Americans dying of overdoses.", null, null),
    scare("at least 83."),
  ],
  mentions: {
    "United States": ["US", "United States"],
    "US Congress": ["Congress"],
    "US Department of Defense": ["Department of War", "Pentagon"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth", "@SecWar"],
    "US Southern Command": ["US Southern Command"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "Northstar News": ["Northstar News"],
    "Maritime Casualty Monitor": ["Maritime Casualty Monitor"],
    "University of Miami": ["University of Miami"],
    Colombia: ["Colombia"],
    "Imani Ostrowski-Vale": ["Imani Ostrowski-Vale"],
    Venezuela: ["Venezuela"],
    "Diosdado Cabello": ["Diosdado Cabello"],
    "Gustavo Petro": ["Gustavo Petro", "Petro", "@petrogustavo"],
    "Colombian Ministry of Foreign Affairs": ["Colombia's Foreign Ministry"],
    Ecuador: ["Ecuador"],
  },
  optionalMentions: {
    "Northstar News": ["NORTHSTAR NEWS"],
    "Priyanka Deshmukh-Hale": ["Priyanka Deshmukh-Hale"],
    "US Department of Defense": ["PENTAGON"],
    "White House": ["WHITE HOUSE"],
    Venezuela: ["VENEZUELA"],
    Colombia: ["COLOMBIA", "Colombian", "Colombians"],
    "United States": ["American", "Americans"],
    X: ["X"],
    "Truth Social": ["Truth Social"],
  },
  figures: [
    { text: "more than 90", value: 90, kind: "killed", qualifier: "more than", occurrence: 1, optional: true },
    { text: "21 strikes", value: 21, kind: "strikes", qualifier: null, asOf: "2025-11-15" },
    { text: "83 people", value: 83, kind: "killed", qualifier: null, asOf: "2025-11-15" },
    { text: "Three male narco-terrorists", value: 3, kind: "killed", qualifier: null },
    { text: "85 people", value: 85, kind: "killed", qualifier: null },
    { text: "two people", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "more than 90 human beings", value: 90, kind: "killed", qualifier: "more than" },
    { text: "at least eight Colombians", value: 8, kind: "killed", qualifier: "at least", optional: true },
    { text: "Three people", value: 3, kind: "survivors", qualifier: null },
    { text: "two men", value: 2, kind: "survivors", qualifier: null },
    { text: "The two repatriated men", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "three strikes", value: 3, kind: "strikes", qualifier: null },
    { text: "four vessels", value: 4, kind: "vessels", qualifier: null },
    { text: "the 21 announced strikes", value: 21, kind: "strikes", qualifier: null },
    { text: "at least 24 boats", value: 24, kind: "vessels", qualifier: "at least" },
    { text: "83", value: 83, kind: "killed", qualifier: null, after: "most outlets use, ", optional: true },
    { text: "at least 83", value: 83, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Thursday, November 20, 2025": { date: "2025-11-20", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "Nov. 15, 2025": { date: "2025-11-15", precision: "day" },
    "Nov. 15": { date: "2025-11-15", precision: "day" },
    Today: { date: "2025-11-15", precision: "day" },
    "Oct. 27": { date: "2025-10-27", precision: "day" },
    "Oct. 17": { date: "2025-10-17", precision: "day" },
    "last week": { date: "2025-11-10", precision: "week" },
    "Nov. 11, 2025": { date: "2025-11-11", precision: "day" },
    "Oct. 16": { date: "2025-10-16", precision: "day" },
    Monday: { date: "2025-11-17", precision: "day" },
  },
};
export default labels;
