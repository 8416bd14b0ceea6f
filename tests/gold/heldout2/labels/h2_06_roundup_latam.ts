import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Wire roundup: several short items under datelines (CARACAS, BOGOTÁ, MEXICO
 * CITY…), numbers in words and digits, an American-style trailing comma inside
 * the marks, quoted fragments that are statements.
 */
const labels: ArticleLabels = {
  id: "h2_06_roundup_latam",
  file: "tests/gold/heldout2/articles/h2_06_roundup_latam.txt",
  outlet: "Meridian News Service",
  published: "2025-12-12",
  invented: true,
  quotes: [
    q("permanent alert", "Vladimir Padrino López", "Vladimir Padrino López"),
    q("a dozen", "Vladimir Padrino López", "Vladimir Padrino López", { occurrence: 1 }),
    q("Venezuela will not be intimidated by a fleet parked off its beaches", "Vladimir Padrino López", "Vladimir Padrino López"),
    q("These were not combatants. Most of them were day laborers paid to steer a boat", "Liliana Restrepo Ocampo", "Restrepo"),
    q("murder", "Gustavo Petro", "Gustavo Petro"),
    q("does not agree", "Claudia Sheinbaum", "Claudia Sheinbaum"),
    q("Our position has always been cooperation, not subordination", "Claudia Sheinbaum", "Claudia Sheinbaum"),
    q("continue for as long as they need to.", "Marco Rubio", "Marco Rubio"),
  ],
  mentions: {
    "Meridian News Service": ["Meridian News Service", "MNS"],
    Venezuela: ["Venezuela"],
    "United States": ["U.S.", "Washington"],
    "Vladimir Padrino López": ["Vladimir Padrino López"],
    "US Department of Defense": ["Defense Department"],
    Colombia: ["Colombia"],
    "Liliana Restrepo Ocampo": ["Liliana Restrepo Ocampo", "Restrepo"],
    "Gustavo Petro": ["Gustavo Petro"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights"],
    Mexico: ["Mexico"],
    "Mexican Navy": ["Mexico's navy"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Trinidad and Tobago Coast Guard": ["Trinidad and Tobago's Coast Guard", "Coast Guard"],
    "Donald Trump": ["Trump"],
    "Marco Rubio": ["Marco Rubio"],
  },
  optionalMentions: {
    Venezuela: ["Venezuelan"],
    "United States": ["American"],
    Colombia: ["Colombian"],
    "Colombian Ombudsman's Office": ["ombudsman's office"],
  },
  figures: [
    { text: "at least 14 Colombian nationals", value: 14, kind: "killed", qualifier: "at least" },
    { text: "nine", after: "identities of", value: 9, kind: "killed", qualifier: null, optional: true },
    { text: "the only survivor", value: 1, kind: "survivors", qualifier: null, optional: true },
    { text: "about a dozen boats", value: 12, kind: "vessels", qualifier: "about" },
    { text: "two boats", value: 2, kind: "vessels", qualifier: null },
    { text: "23 strikes", value: 23, kind: "strikes", qualifier: null },
    { text: "More than 80 people", value: 80, kind: "killed", qualifier: "more than" },
    { text: "nearly 90", value: 90, kind: "killed", qualifier: "nearly" },
  ],
  dates: {
    "December 12, 2025": { date: "2025-12-12", precision: "day" },
    Thursday: { date: "2025-12-11", precision: "day" },
    "a day after": { date: "2025-12-10", precision: "day", optional: true },
    "the past week": { date: "2025-12-08", precision: "week", optional: true },
    September: { date: "2025-09", precision: "month" },
    October: { date: "2025-10", precision: "month" },
    Wednesday: { date: "2025-12-10", precision: "day" },
    "late October": { date: "2025-10", precision: "month" },
    Tuesday: { date: "2025-12-09", precision: "day" },
    "last week": { date: "2025-12-01", precision: "week" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
  },
};
export default labels;
