import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Held-out BBC-style broadcast piece: a quote running over three paragraphs
 * (no closing mark at paragraph ends), "she told the BBC", a statement read by an
 * unnamed spokesman, British punctuation outside the marks, number words.
 */
const labels: ArticleLabels = {
  id: "hd05_bbc_trinidad_survivors",
  file: "tests/gold/heldout/articles/hd05_bbc_trinidad_survivors.txt",
  outlet: "BBC",
  published: "2025-12-04",
  invented: true,
  quotes: [
    q("I saw the boat. I saw the colour of the boat, the blue and the white, and I knew it was his", "Marcia Baptiste-Ramlal", "Marcia Baptiste-Ramlal"),
    q("Nobody from any government has called me. Not ours, not theirs. Nobody.", "Marcia Baptiste-Ramlal", "Marcia Baptiste-Ramlal"),
    q(
      "He was twenty-three years old. He was a fisherman like his father. If they had evidence he was doing something wrong, why not stop the boat and arrest him?",
      "Marcia Baptiste-Ramlal",
      "Marcia Baptiste-Ramlal",
    ),
    q("transiting a known narco-trafficking route", "US Southern Command", "US Southern Command"),
    q("three survivors were transferred to the custody of partner-nation authorities", "US Southern Command", "US Southern Command"),
    q("seeking clarity from our partners", "Dexter Mohammed-Lalla", "Dexter Mohammed-Lalla"),
    q(
      "In my day we would have interdicted that boat. We would have had the Coast Guard aboard, and those three young men would be in a courtroom in Miami, not in a hospital",
      "Thomas Ledger",
      "Thomas Ledger",
    ),
    q(
      "When you've carried out a dozen strikes in the Caribbean alone and you've still never shown the public a single bale of cocaine, people are entitled to ask questions.",
      "Thomas Ledger",
      "Thomas Ledger",
    ),
    q(
      "We do not comment on the identities of individuals killed in strikes against designated narco-terrorist organisations. The survivors received medical care aboard a US vessel before being repatriated.",
      "Lorena Vasquez-Pryor",
      "Lorena Vasquez-Pryor",
    ),
    q("a crime against humanity", "Yván Gil", "Yván Gil"),
    q("We have to eat", "Kendall Joseph", "Kendall Joseph"),
    q("But every engine you hear now, you look up.", "Kendall Joseph", "Kendall Joseph"),
  ],
  mentions: {
    "United States": ["US", "Washington"],
    Venezuela: ["Venezuela", "Caracas"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    BBC: ["BBC"],
    "Marcia Baptiste-Ramlal": ["Marcia Baptiste-Ramlal"],
    "Andre Ramlal": ["Andre Ramlal"],
    "US Department of Defense": ["Pentagon"],
    "US Southern Command": ["US Southern Command", "Southern Command"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar"],
    "Dexter Mohammed-Lalla": ["Dexter Mohammed-Lalla"],
    "Thomas Ledger": ["Thomas Ledger"],
    "US Coast Guard": ["Coast Guard"],
    "Lorena Vasquez-Pryor": ["Lorena Vasquez-Pryor"],
    "Yván Gil": ["Yván Gil"],
    "United Nations": ["United Nations"],
    "Nicolás Maduro": ["Nicolás Maduro"],
    "Kendall Joseph": ["Kendall Joseph"],
  },
  optionalMentions: {
    "Trinidad and Tobago": ["Trinidad", "Trinidadian"],
    Venezuela: ["Venezuelan"],
    BBC: ["BBC News"],
    "Nadia Crowther-Lamb": ["Nadia Crowther-Lamb"],
    Newshour: ["Newshour"],
  },
  figures: [
    { text: "Three survivors", value: 3, kind: "survivors", qualifier: null },
    { text: "eleven people", value: 11, kind: "killed", qualifier: null },
    { text: "two Trinidadian nationals", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "22nd strike", value: 22, kind: "strikes", qualifier: null },
    { text: "three survivors", value: 3, kind: "survivors", qualifier: null },
    { text: "three young men", value: 3, kind: "survivors", qualifier: null, optional: true },
    { text: "a dozen strikes", value: 12, kind: "strikes", qualifier: null },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "November 24": { date: "2025-11-24", precision: "day" },
    Tuesday: { date: "2025-12-02", precision: "day" },
    Wednesday: { date: "2025-12-03", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    Monday: { date: "2025-12-01", precision: "day" },
  },
};
export default labels;
