import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Mexico/Central America story, heavy on statements: the Mexican Navy under
 * four names (Mexican Navy, Secretariat of the Navy, Semar, "the Navy",
 * "Mexico's Navy"), a Semar statement quoted after "Semar said" (the navy)
 * and read aloud by a named spokesman ("Vallejo Ruiz read": optional, the
 * navy's words) beside the spokesman's own words ("Vallejo Ruiz said"),
 * a president at her morning news conference, "She added", a subhead quote
 * (optional), acronyms defined (Semar, MRCC, SRE), ministries and an embassy
 * as speakers, "the ministry said", "wrote on X", "in a post on X",
 * "Echoing Sheinbaum, she said", a spokeswoman speaking for her ministry,
 * "Co-President". Rescues of migrants (1,380 people) are not survivors.
 * Published Thursday 30 October 2025: Monday is the 27th, "last week" the
 * week of 20 October, "last year" 2024.
 */
const labels: ArticleLabels = {
  id: "h5_11_mexico_search_central_america",
  file: "tests/gold/heldout5/articles/h5_11_mexico_search_central_america.txt",
  outlet: "Mesoamérica Hoy",
  published: "2025-10-30",
  invented: true,
  quotes: [
    q("does not agree", "Claudia Sheinbaum", "Claudia Sheinbaum"),
    q("without locating the person sought.", "Mexican Navy", "Secretariat of the Navy"),
    q(
      "The Secretariat of the Navy reiterates that its participation is exclusively humanitarian, in compliance with Mexico's international obligations in maritime search and rescue",
      "Mexican Navy",
      "Vallejo Ruiz",
      { optional: true },
    ),
    q(
      "Mexican SAR authorities accepted the case and assumed responsibility for coordinating the rescue.",
      "Pete Hegseth",
      "Pete Hegseth",
    ),
    q("WE DO NOT AGREE", "Claudia Sheinbaum", "SHEINBAUM", { optional: true }),
    q("We are against these attacks and against the way they are being carried out", "Claudia Sheinbaum", "Sheinbaum"),
    q("There are international laws, and we want them to be respected.", "Claudia Sheinbaum", "Sheinbaum"),
    q("is not participating in any military operation.", "Claudia Sheinbaum", "Sheinbaum"),
    q(
      "its position of principle in favour of international law and the peaceful resolution of controversies.",
      "Mexican Secretariat of Foreign Affairs",
      "SRE",
    ),
    q("frank and productive", "Ronald Johnson", "Johnson"),
    q("Mexico's professionalism in search and rescue.", "Ronald Johnson", "Johnson"),
    q(
      "The Ministry of Foreign Affairs has requested, through the Embassy of Guatemala in Washington, all available information on the identity of the deceased",
      "Guatemalan Ministry of Foreign Affairs",
      "Guatemala's Ministry of Foreign Affairs",
    ),
    q("executions without trial in the waters of our America.", "Xiomara Castro", "Xiomara Castro"),
    q("is not negotiable.", "Xiomara Castro", "Xiomara Castro"),
    q(
      "has not participated in any of the actions carried out by the United States.",
      "Costa Rican Ministry of Public Security",
      "Costa Rica's Ministry of Public Security",
    ),
    q("crimes against humanity", "Rosario Murillo", "Rosario Murillo"),
    q(
      "does not comment on search and rescue operations conducted by partner nations",
      "US Southern Command",
      "U.S. Southern Command",
    ),
    q(
      "as long as conditions and the possibility of finding the person alive allow",
      "Héctor Vallejo Ruiz",
      "Vallejo Ruiz",
    ),
  ],
  mentions: {
    Mexico: ["Mexico"],
    "United States": ["U.S.", "United States"],
    "Mexican Navy": ["Mexican Navy", "Secretariat of the Navy", "Semar", "Navy", "Mexico's Navy"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum", "Sheinbaum"],
    "Héctor Vallejo Ruiz": ["Héctor Vallejo Ruiz", "Vallejo Ruiz"],
    "Maritime Search and Rescue Coordination Center": ["Maritime Search and Rescue Coordination Center", "MRCC"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Mexican Secretariat of Foreign Affairs": ["Secretariat of Foreign Affairs", "SRE"],
    "Ronald Johnson": ["Ronald Johnson", "Johnson"],
    Guatemala: ["Guatemala"],
    "Guatemalan Ministry of Foreign Affairs": ["Guatemala's Ministry of Foreign Affairs", "Ministry of Foreign Affairs"],
    "Embassy of Guatemala in Washington": ["Embassy of Guatemala in Washington"],
    Honduras: ["Honduras"],
    "Xiomara Castro": ["Xiomara Castro"],
    "Costa Rican Ministry of Public Security": ["Costa Rica's Ministry of Public Security"],
    Nicaragua: ["Nicaragua"],
    "Rosario Murillo": ["Rosario Murillo"],
    "El Salvador": ["El Salvador"],
    "Nayib Bukele": ["Nayib Bukele"],
    "US Department of Defense": ["Pentagon"],
    "US Southern Command": ["U.S. Southern Command"],
  },
  optionalMentions: {
    "Mesoamérica Hoy": ["MESOAMÉRICA HOY"],
    "Claudia Sheinbaum": ["SHEINBAUM"],
    Mexico: ["Mexican"],
    X: ["X"],
  },
  figures: [
    { text: "lone survivor", value: 1, kind: "survivors", qualifier: null, optional: true },
    { text: "two missing fishermen", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "four boats", value: 4, kind: "vessels", qualifier: null },
    { text: "the only known survivor", value: 1, kind: "survivors", qualifier: null, optional: true },
    { text: "three strikes", value: 3, kind: "strikes", qualifier: null },
    { text: "four vessels", value: 4, kind: "vessels", qualifier: null },
    { text: "14 people", value: 14, kind: "killed", qualifier: null },
    { text: "One survivor", value: 1, kind: "survivors", qualifier: null },
    { text: "two fishermen", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "at least 57 people", value: 57, kind: "killed", qualifier: "at least" },
    { text: "14 strikes", value: 14, kind: "strikes", qualifier: null },
  ],
  dates: {
    "Thursday, October 30, 2025": { date: "2025-10-30", precision: "day" },
    Wednesday: { date: "2025-10-29", precision: "day" },
    Monday: { date: "2025-10-27", precision: "day" },
    Tuesday: { date: "2025-10-28", precision: "day" },
    "later that day": { date: "2025-10-28", precision: "day", optional: true },
    "Oct. 21": { date: "2025-10-21", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "last week": { date: "2025-10-20", precision: "week" },
    "last year": { date: "2024", precision: "year" },
  },
};
export default labels;
