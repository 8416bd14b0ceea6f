import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Mexico News Daily-style report on the mañanera: deck quote in single marks,
 * "said Tuesday" (no "on"), a quote continued in a new paragraph with no
 * attribution (same speaker), "The president added", Semar/SRE defined in
 * brackets and then used bare, "the admiral said", "the ambassador wrote" on X,
 * an opposition party as speaker of a fragment, the administration's
 * "narco-terrorists" (optional), Mexico City only as a place, miles/hours as
 * distractors, "With reports from" credits.
 */
const labels: ArticleLabels = {
  id: "h8_05_mnd_sheinbaum_survivor_search",
  file: "tests/gold/heldout8/articles/h8_05_mnd_sheinbaum_survivor_search.txt",
  outlet: "Mexico News Daily",
  published: "2025-10-29",
  invented: true,
  quotes: [
    q("We do not agree", "Claudia Sheinbaum", "Claudia Sheinbaum", { occurrence: 1, optional: true }),
    q("We do not agree with these attacks, with how they are being carried out. Mexico has always said that there are international laws and that they must be respected", "Claudia Sheinbaum", "Sheinbaum"),
    q("We have asked the Foreign Ministry and the Navy to meet with the ambassador, to review what happened and to make our position very clear. Mexico cooperates, we coordinate, but we do not subordinate ourselves.", "Claudia Sheinbaum", "Sheinbaum"),
    q("as a humanitarian matter", "Claudia Sheinbaum", "Sheinbaum"),
    q("Mexican search and rescue authorities accepted the case and assumed responsibility for coordinating the rescue", "Pete Hegseth", "Hegseth"),
    q("known by our intelligence apparatus", "Pete Hegseth", "Hegseth"),
    q("known narco-trafficking routes.", "Pete Hegseth", "Hegseth"),
    q("narco-terrorists", "United States", "Trump administration", { optional: true }),
    q("for as long as necessary.", "Mexican Navy", "Semar"),
    q("At that moment the survivor was reported in the water. Our vessel needed more than 24 hours to reach the area, because it is very far from our coast", "Raymundo Pedro Morales Ángeles", "Raymundo Pedro Morales Ángeles"),
    q("We will do everything possible to find him, alive", "Raymundo Pedro Morales Ángeles", "Raymundo Pedro Morales Ángeles"),
    q("We do not have information that there are Mexicans. If there were, of course we would demand that their families be informed", "Claudia Sheinbaum", "Sheinbaum"),
    q("never stronger", "Ronald Johnson", "Ronald Johnson", { optional: true }),
    q("Security cooperation between the United States and Mexico has never been stronger. We thank the Mexican Navy for its professionalism in the search", "Ronald Johnson", "Johnson"),
    q("reiterated Mexico's position in favor of international law and the peaceful resolution of controversies", "Mexican Secretariat of Foreign Affairs", "SRE"),
    q("Sheinbaum cannot be seen as Trump's ally in these attacks, because her own base would not forgive her, but she also cannot afford a fight with Washington", "Ana Laura Quezada", "Ana Laura Quezada"),
    q("Rescuing the survivor is the perfect way to show that Mexico is acting, without taking sides.", "Ana Laura Quezada", "Ana Laura Quezada"),
    q("lecturing", "National Action Party", "National Action Party"),
    q("The president condemns the strikes but says nothing about the cartels that control half the country", "Gabriela Orozco Ruelas", "Gabriela Orozco Ruelas"),
    q("We go out 30, 40 miles, not more. Nobody wants to be mistaken for a narco", "Refugio Nava", "Refugio Nava"),
    q("Sovereignty is not negotiable", "Claudia Sheinbaum", "Sheinbaum"),
  ],
  mentions: {
    "Claudia Sheinbaum": ["Claudia Sheinbaum", "Sheinbaum"],
    "United States": ["United States", "US", "U.S.", "Washington"],
    "Mexican Navy": ["Mexican Navy", "Navy", "Semar"],
    Mexico: ["Mexico"],
    "Mexican Secretariat of Foreign Affairs": ["Foreign Affairs Ministry", "Foreign Ministry", "SRE"],
    "Ronald Johnson": ["Ronald Johnson", "Johnson"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "US Department of Defense": ["Pentagon"],
    "Donald Trump": ["Trump"],
    "Raymundo Pedro Morales Ángeles": ["Raymundo Pedro Morales Ángeles"],
    "Juan Ramón de la Fuente": ["Juan Ramón de la Fuente"],
    "Gustavo Petro": ["Gustavo Petro"],
    Venezuela: ["Venezuela"],
    "Nicolás Maduro": ["Nicolás Maduro"],
    "Ana Laura Quezada": ["Ana Laura Quezada"],
    "Gabriela Orozco Ruelas": ["Gabriela Orozco Ruelas"],
    "Refugio Nava": ["Refugio Nava"],
    "Marco Rubio": ["Marco Rubio"],
  },
  optionalMentions: {
    Mexico: ["Mexico City", "Mexican", "Mexicans"],
    Colombia: ["Colombian"],
    X: ["X"],
    "National Action Party": ["National Action Party", "PAN"],
    "Senate of Mexico": ["Senate"],
    Reuters: ["Reuters"],
    "El Universal": ["El Universal"],
  },
  // "Navy Secretary" is the admiral's title.
  notMentions: [{ text: "Navy", after: "At Tuesday's press conference" }],
  figures: [
    { text: "Three strikes", value: 3, kind: "strikes", qualifier: null, optional: true },
    { text: "four boats", value: 4, kind: "vessels", qualifier: null, optional: true },
    { text: "three strikes", value: 3, kind: "strikes", qualifier: null },
    { text: "four vessels", value: 4, kind: "vessels", qualifier: null },
    { text: "14 people", value: 14, kind: "killed", qualifier: null },
    { text: "One person", value: 1, kind: "survivors", qualifier: null },
    { text: "at least 57 people", value: 57, kind: "killed", qualifier: "at least" },
    { text: "13 strikes", value: 13, kind: "strikes", qualifier: null },
  ],
  dates: {
    "Wednesday, October 29, 2025": { date: "2025-10-29", precision: "day" },
    Tuesday: { date: "2025-10-28", precision: "day" },
    Monday: { date: "2025-10-27", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    September: { date: "2025-09", precision: "month" },
    "next year": { date: "2026", precision: "year" },
  },
};
export default labels;
