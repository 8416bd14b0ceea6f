import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Al-Monitor / Middle East Eye-style explainer: question subheads, mostly
 * attributed paraphrase, few direct quotes, capitals standing for governments.
 */
const labels: ArticleLabels = {
  id: "h2_03_monitor_explainer_iran_venezuela",
  file: "tests/gold/heldout2/articles/h2_03_monitor_explainer_iran_venezuela.txt",
  outlet: "Al-Monitor",
  published: "2025-12-04",
  invented: true,
  quotes: [
    scare("maximum pressure"),
    q(
      "If you can sink a boat on the basis of a slide in a briefing, you can sink a dhow in the Strait of Hormuz on the same basis",
      "Samira Haddad-Quintana",
      "Samira Haddad-Quintana",
    ),
    // "its spokesman" = an unnamed spokesman for Iran's foreign ministry.
    q("the logic of 2003.", "Iranian Foreign Ministry", "Iran's foreign ministry"),
    scare("narco-state"),
    q("very soon", "Donald Trump", "Donald Trump"),
  ],
  mentions: {
    Iran: ["Iran", "Tehran"],
    "United States": ["US", "United States", "Washington"],
    Venezuela: ["Venezuela", "Caracas"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "US Department of Defense": ["Pentagon"],
    "Tren de Aragua": ["Tren de Aragua"],
    "Cartel de los Soles": ["Cartel de los Soles"],
    "Nicolás Maduro": ["Nicolás Maduro"],
    "Yván Gil": ["Yván Gil"],
    "UN Security Council": ["UN Security Council"],
    "Samira Haddad-Quintana": ["Samira Haddad-Quintana"],
    "Levant Institute for Strategic Studies": ["Levant Institute for Strategic Studies"],
    "Al-Monitor": ["Al-Monitor"],
    "Marco Rubio": ["Marco Rubio"],
    Hezbollah: ["Hezbollah"],
    "Farid Mansour": ["Farid Mansour"],
    "Gulf Policy Forum": ["Gulf Policy Forum"],
    Qatar: ["Qatar", "Doha"],
  },
  optionalMentions: {
    "Nadia Farouki": ["Nadia Farouki"],
    Iran: ["Iranian"],
    Venezuela: ["Venezuelan"],
    Israel: ["Israeli"],
    Lebanon: ["Lebanese"],
    Qatar: ["Qatari"],
    "Iranian Foreign Ministry": ["Iran's foreign ministry", "foreign ministry"],
  },
  notMentionForms: ["Beirut-based"],
  // "the Gulf Policy Forum in Doha": a place.
  notMentions: [{ text: "Doha", after: "Gulf Policy Forum in" }],
  figures: [
    { text: "at least 22 boats", value: 22, kind: "vessels", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "December 4, 2025": { date: "2025-12-04", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "last week": { date: "2025-11-24", precision: "week" },
    "the 2000s": { date: "2000", precision: "year", optional: true },
    "2020": { date: "2020", precision: "year" },
    October: { date: "2025-10", precision: "month" },
    Monday: { date: "2025-12-01", precision: "day" },
    "2003": { date: "2003", precision: "year" },
    November: { date: "2025-11", precision: "month" },
    Tuesday: { date: "2025-12-02", precision: "day" },
    "2019": { date: "2019", precision: "year" },
  },
};
export default labels;
