import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Held-out EFE-style English edition: « » quotes, diacritics, "Bogotá, Nov 21 (EFE).-"
 * dateline, "the 2nd of September", an ordinal strike count, "Navy" meaning Colombia's navy.
 */
const labels: ArticleLabels = {
  id: "hd02_efe_colombia_recall",
  file: "tests/gold/heldout/articles/hd02_efe_colombia_recall.txt",
  outlet: "EFE",
  published: "2025-11-21",
  invented: true,
  quotes: [
    q(
      "Those men went out to fish, as their fathers and grandfathers did. They were not narco-terrorists, they were Colombians",
      "Gustavo Petro",
      "Petro",
    ),
    q("a murder committed by a foreign government in our sea", "Gustavo Petro", "Petro"),
    q(
      "Colombia is not at war with anyone, and it will not accept that its citizens are executed without trial on the high seas",
      "Laura Sarmiento Quiñones",
      "Laura Sarmiento Quiñones",
    ),
    q("will continue to use every element of its power against the narco-terrorist organisations that poison our people", "Marco Rubio", "Marco Rubio"),
    q("operated by a Designated Terrorist Organization", "US Southern Command", "US Southern Command"),
    q("involved in illicit narcotics smuggling", "US Southern Command", "US Southern Command"),
    q("My brother did not even know how to read a map. What was he going to traffic?", "Yolanda Epiayú", "Yolanda Epiayú"),
    q("irresponsible", "White House", "White House"),
    q("Breaking with the Americans is not in anyone's interest, but neither is keeping quiet", "Álvaro Restrepo Gil", "Álvaro Restrepo Gil"),
    q("solidarity with the Colombian people", "Nicolás Maduro", "Nicolás Maduro"),
  ],
  mentions: {
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    EFE: ["EFE"],
    "United States": ["US", "United States", "Washington"],
    Colombia: ["Colombia"],
    "Colombian Navy": ["Colombian Navy", "Navy"],
    "Laura Sarmiento Quiñones": ["Laura Sarmiento Quiñones"],
    "Óscar Lizarazo Peña": ["Óscar Lizarazo Peña"],
    "US State Department": ["State Department"],
    "US Department of Defense": ["Pentagon"],
    "Marco Rubio": ["Marco Rubio"],
    Panama: ["Panama"],
    "US Southern Command": ["US Southern Command"],
    "Eliécer Epiayú": ["Eliécer Epiayú", "Eliécer"],
    "Rubén Epiayú": ["Rubén Epiayú"],
    "Jairo Uriana": ["Jairo Uriana"],
    "Yolanda Epiayú": ["Yolanda Epiayú"],
    "Colombian Ombudsman's Office": ["Ombudsman's Office"],
    "Mercedes Ahumada Rojas": ["Mercedes Ahumada Rojas"],
    "White House": ["White House"],
    "Álvaro Restrepo Gil": ["Álvaro Restrepo Gil"],
    "Nicolás Maduro": ["Nicolás Maduro"],
  },
  optionalMentions: {
    Colombia: ["Colombian", "Colombians"],
    "United States": ["Americans"],
    Venezuela: ["Venezuelan"],
    EFE: ["Agencia EFE"],
    "San Carlos Palace": ["San Carlos Palace"],
  },
  // Washington as a place (the embassy's city, "In Washington,"), not the government.
  notMentions: [
    { text: "Washington", after: "ambassador in " },
    { text: "Washington", after: "In Washington" },
  ],
  figures: [
    { text: "three Wayuu fishermen", value: 3, kind: "killed", qualifier: null },
    { text: "three Colombian fishermen", value: 3, kind: "killed", qualifier: null },
    { text: "21st strike", value: 21, kind: "strikes", qualifier: null },
    { text: "one crew member", value: 1, kind: "survivors", qualifier: null },
    { text: "three men", value: 3, kind: "killed", qualifier: null, optional: true },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Nov 21": { date: "2025-11-21", precision: "day" },
    Thursday: { date: "2025-11-20", precision: "day" },
    "the 2nd of September": { date: "2025-09-02", precision: "day" },
    "Tuesday night": { date: "2025-11-18", precision: "day" },
    Monday: { date: "2025-11-17", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "mid-November": { date: "2025-11", precision: "month" },
  },
};
export default labels;
