import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Infobae-style English (translated feel): headline quote, dateless-byline date line,
 * verbs after the quote ("declared X", "pointed out Orjuela", "he sentenced"),
 * “ ” with period outside, "the chancellor", X post quoted with colon, unnamed embassy spokesman.
 */
const labels: ArticleLabels = {
  id: "h13_05_infobae_guajira_families",
  file: "tests/gold/heldout13/articles/h13_05_infobae_guajira_families.txt",
  outlet: "Infobae",
  published: "2026-01-09",
  invented: true,
  quotes: [
    q("We want the truth, not money", "Luz Marina Epinayú", null, { optional: true, occurrence: 1 }),
    q("arbitrary deprivation of life", null, null, { optional: true }),
    q("They were not terrorists, they were not narcos. They were fathers who went out at dawn to fish for snapper and lobster", "Luz Marina Epinayú", "Luz Marina Epinayú"),
    q("We want the truth, not money. We want someone to say his name", "Luz Marina Epinayú", "Luz Marina Epinayú"),
    q("The Pentagon publishes the video of the explosion on social networks but refuses to tell the families who died and why", "Sebastián Orjuela Páez", "Orjuela"),
    q("That is not a war against drug trafficking, it is an execution without a trial.", "Sebastián Orjuela Páez", "Orjuela"),
    q("will accompany every legal action that seeks to establish the truth about the death of our compatriots", "Rosa Villavicencio", "Rosa Villavicencio"),
    q("murder", "Gustavo Petro", "Gustavo Petro"),
    q("The fishermen of La Guajira had names. Trump erased them with a missile. International justice will have to return them.", "Gustavo Petro", "Gustavo Petro"),
    q("There are mothers who still wait on the beach", "Iris Marín Ortiz", "Iris Marín Ortiz"),
    q("the United States will continue using all the elements of its power to stop the flow of drugs to our country", "US Embassy in Bogotá", "US Embassy in Bogotá"),
    q("It is the first time that these families are heard by an international body. Nobody will be able to say later that they did not know", "Sebastián Orjuela Páez", "Orjuela"),
  ],
  mentions: {
    Colombia: ["Colombia", "Bogotá", "Colombian Government"],
    "United States": ["US", "United States", "Washington", "US Government"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights", "IACHR"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Colectivo de Abogados José Alvear Restrepo": ["Colectivo de Abogados José Alvear Restrepo", "Cajar"],
    "Luz Marina Epinayú": ["Luz Marina Epinayú"],
    "Sebastián Orjuela Páez": ["Sebastián Orjuela Páez", "Orjuela"],
    "US Department of Defense": ["Pentagon"],
    "Presidency of Colombia": ["Casa de Nariño"],
    "Rosa Villavicencio": ["Rosa Villavicencio"],
    "Donald Trump": ["Trump"],
    "US Treasury Department": ["Department of the Treasury"],
    "Nicolás Petro": ["Nicolás"],
    "Iris Marín Ortiz": ["Iris Marín Ortiz"],
    "US State Department": ["State Department"],
    "US Embassy in Bogotá": ["US Embassy in Bogotá"],
  },
  optionalMentions: {
    X: ["X"],
    Colombia: ["Colombian"],
  },
  // The petition was filed in Washington (the IACHR's seat): a place, not the US government.
  notMentions: [{ text: "Washington", occurrence: 1 }],
  figures: [
    { text: "six Colombian fishermen", value: 6, kind: "killed", qualifier: null },
    { text: "six men", value: 6, kind: "killed", qualifier: null, occurrence: 1, optional: true },
    { text: "six men", value: 6, kind: "killed", qualifier: null, occurrence: 2, optional: true },
    { text: "six men", value: 6, kind: "killed", qualifier: null, occurrence: 3, optional: true },
    { text: "two boats", value: 2, kind: "vessels", qualifier: null },
    { text: "at least 115 dead", value: 115, kind: "killed", qualifier: "at least" },
    { text: "more than 30 operations", value: 30, kind: "strikes", qualifier: "more than" },
  ],
  dates: {
    "January 9, 2026": { date: "2026-01-09", precision: "day" },
    "this Thursday": { date: "2026-01-08", precision: "day" },
    "October 3": { date: "2025-10-03", precision: "day" },
    "October 17": { date: "2025-10-17", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "the month of October": { date: "2025-10", precision: "month" },
    November: { date: "2025-11", precision: "month" },
    "last Sunday": { date: "2026-01-04", precision: "day" },
  },
};
export default labels;
