import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Spanish-language agency in literal English translation, Mexico and Central
 * America: « » with commas outside, long titles ("The Secretary of the Navy,
 * Admiral …", "the head of state", "the chancellor"), "added the admiral",
 * Semar/SRE/MRCC defined, two Secretariats of Foreign Affairs (Mexico's and
 * Honduras's), "Washington, which described the crews as" (a statement),
 * prices, percentages, warships and troops as distractors.
 */
const labels: ArticleLabels = {
  id: "h6_05_agency_mexico_search",
  file: "tests/gold/heldout6/articles/h6_05_agency_mexico_search.txt",
  outlet: "Agencia Noticias del Sur",
  published: "2025-10-30",
  invented: true,
  quotes: [
    q("more than 19,000 square kilometres", "Mexican Navy", "Semar"),
    q("without locating the person reported in the water", "Mexican Navy", "Semar"),
    q("by humanitarian obligation and not by any agreement with a foreign army", "Raymundo Pedro Morales Ángeles", "Raymundo Pedro Morales Ángeles"),
    q("The sea does not ask for passports", "Raymundo Pedro Morales Ángeles", "Raymundo Pedro Morales Ángeles"),
    q("narco-terrorists", "United States", "Washington"),
    q("does not agree with these attacks", "Claudia Sheinbaum", "Claudia Sheinbaum"),
    q("We want all the international agreements to be complied with", "Claudia Sheinbaum", "Claudia Sheinbaum"),
    q("complete and verifiable information", "Rodolfo Andino Zelaya", "Rodolfo Andino Zelaya"),
    q("missing relatives who had gone out to fish", "Secretariat of Foreign Affairs and International Cooperation of Honduras", "Secretariat of Foreign Affairs and International Cooperation of Honduras"),
    q("collaborates with the fight against narcotrafficking but not with executions at sea", "Rodolfo Andino Zelaya", "Andino"),
    q("follows with attention", "Gerardo Cifuentes Roldán", "Gerardo Cifuentes Roldán"),
    q("no Guatemalan has been identified", "Gerardo Cifuentes Roldán", "Gerardo Cifuentes Roldán"),
    q("Our cooperation is about interdiction, not about missiles", "Mario Zamora", "Mario Zamora"),
    q("along a known route", "Pete Hegseth", "Hegseth"),
  ],
  mentions: {
    Mexico: ["Mexico"],
    Honduras: ["Honduras"],
    "Mexican Navy": ["Secretariat of the Navy of Mexico", "Semar"],
    "United States": ["United States", "Washington"],
    "Maritime Search and Rescue Coordination Center": ["Maritime Search and Rescue Coordination Center", "MRCC"],
    "Raymundo Pedro Morales Ángeles": ["Raymundo Pedro Morales Ángeles"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum"],
    "Mexican Secretariat of Foreign Affairs": ["Secretariat of Foreign Affairs", "SRE"],
    "Ronald Johnson": ["Ronald Johnson"],
    "Rodolfo Andino Zelaya": ["Rodolfo Andino Zelaya", "Andino"],
    "Secretariat of Foreign Affairs and International Cooperation of Honduras": [
      "Secretariat of Foreign Affairs and International Cooperation of Honduras",
    ],
    "Gerardo Cifuentes Roldán": ["Gerardo Cifuentes Roldán"],
    "Bernardo Arévalo": ["Bernardo Arévalo"],
    "Mario Zamora": ["Mario Zamora"],
    "US Coast Guard": ["United States Coast Guard"],
  },
  optionalMentions: {
    "Agencia Noticias del Sur": ["Agencia Noticias del Sur", "ANS"],
    Honduras: ["Honduran"],
    // "In Guatemala, …" sets the scene.
    Guatemala: ["Guatemala", "Guatemalan"],
    "Costa Rica": ["Costa Rican"],
    Mexico: ["Mexican"],
    "United States": ["American"],
    X: ["X"],
  },
  // The dateline names a place, not an actor.
  notMentions: [{ text: "Mexico", after: "Acapulco (" }],
  figures: [
    { text: "four boats", value: 4, kind: "vessels", qualifier: null, occurrence: 1 },
    { text: "fourteen dead", value: 14, kind: "killed", qualifier: null },
    { text: "at least 14 attacks", value: 14, kind: "strikes", qualifier: "at least" },
    { text: "57 deceased", value: 57, kind: "killed", qualifier: null },
    { text: "Three of the four boats", value: 3, kind: "vessels", qualifier: null, optional: true },
    { text: "one survivor", value: 1, kind: "survivors", qualifier: null },
    { text: "four vessels", value: 4, kind: "vessels", qualifier: null },
  ],
  dates: {
    "30 Oct": { date: "2025-10-30", precision: "day" },
    "this Thursday": { date: "2025-10-30", precision: "day" },
    Monday: { date: "2025-10-27", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    Wednesday: { date: "2025-10-29", precision: "day" },
    "the middle of October": { date: "2025-10", precision: "month" },
    Tuesday: { date: "2025-10-28", precision: "day" },
    "1948": { date: "1948", precision: "year" },
  },
};
export default labels;
