import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Plain AP brief from Quito: caps byline, "(AP) —" dateline, "said X, a
 * spokeswoman for …", "wrote on Truth Social", "said in a post on X", "His
 * office said" (the president's office speaks for him), two Quiñónezes.
 */
const labels: ArticleLabels = {
  id: "h6_01_ap_brief_quito_survivor",
  file: "tests/gold/heldout6/articles/h6_01_ap_brief_quito_survivor.txt",
  outlet: "Associated Press",
  published: "2025-10-21",
  invented: true,
  quotes: [
    q("There is no file against him here, and nobody in Washington has sent us one", "Mariela Cedeño", "Mariela Cedeño"),
    q("loaded up with mostly Fentanyl", "Donald Trump", "Donald Trump"),
    q("for detention and prosecution.", "Donald Trump", "Donald Trump"),
    q("until the attacks on the American people are over.", "Pete Hegseth", "Pete Hegseth"),
    q("respects the sovereign decisions of its partners", "Daniel Noboa", "Daniel Noboa"),
    q("apply Ecuadorian law without exception.", "Daniel Noboa", "Daniel Noboa"),
    q("alive by a miracle", "Lucía Quiñónez", "Lucía Quiñónez"),
    q("judged under our laws, if there is anything to judge.", "Gustavo Petro", "Gustavo Petro"),
  ],
  mentions: {
    "United States": ["U.S.", "US", "Washington"],
    Ecuador: ["Ecuador"],
    "Andrés Quiñónez": ["Andrés Quiñónez", "Quiñónez"],
    "Lucía Quiñónez": ["Lucía Quiñónez"],
    "Mariela Cedeño": ["Mariela Cedeño"],
    "Attorney General's Office of Ecuador": ["Ecuador's Attorney General's Office"],
    "Donald Trump": ["Donald Trump"],
    "Pete Hegseth": ["Pete Hegseth"],
    "US Department of Defense": ["Pentagon"],
    "Associated Press": ["Associated Press"],
    "Daniel Noboa": ["Daniel Noboa"],
    "Gustavo Petro": ["Gustavo Petro"],
  },
  optionalMentions: {
    "María Verónica Salazar": ["MARÍA VERÓNICA SALAZAR"],
    "Associated Press": ["AP"],
    "Truth Social": ["Truth Social"],
    X: ["X"],
    Ecuador: ["Ecuadorian"],
    Colombia: ["Colombian"],
    "United States": ["American"],
  },
  // The dateline names a place, not an actor.
  notMentions: [{ text: "Ecuador", after: "QUITO" }],
  figures: [
    { text: "two men", value: 2, kind: "survivors", qualifier: null },
    { text: "two other people", value: 2, kind: "killed", qualifier: null },
    { text: "at least seven strikes", value: 7, kind: "strikes", qualifier: "at least" },
    { text: "at least 32 people", value: 32, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "last week": { date: "2025-10-13", precision: "week" },
    Monday: { date: "2025-10-20", precision: "day" },
    Thursday: { date: "2025-10-16", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    September: { date: "2025-09", precision: "month" },
  },
};
export default labels;
