import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * British broadsheet from Curaçao: ‘ ’ quotes, Mr/Ms, "A Foreign Office
 * spokesman said:", a Whitehall source (anonymous), MoD never spelled out,
 * "the minister said", two Tromps ("Mr Tromp" is the brother), the French
 * foreign ministry as speaker, Venezuela as speaker of an accusation.
 * Curaçao, Aruba, Martinique and Whitehall are optional mentions.
 */
const labels: ArticleLabels = {
  id: "h6_04_british_islands_intel",
  file: "tests/gold/heldout6/articles/h6_04_british_islands_intel.txt",
  outlet: "The Ledger (London)",
  published: "2025-11-12",
  invented: true,
  quotes: [
    q("We are a small island with a big neighbour and a bigger friend", "Gilbert Rosaria", "Gilbert Rosaria"),
    q("We did not choose where the sea is.", "Gilbert Rosaria", "Gilbert Rosaria"),
    q("see inside every plane", "Gilbert Rosaria", "Rosaria"),
    q(
      "The UK remains committed to working with partners to counter the drugs trade in the Caribbean. We do not comment on intelligence.",
      "UK Foreign Office",
      "Foreign Office",
    ),
    q("Nobody here wants to be the one who gave a grid reference for a boat that was then blown up", null, null),
    q("continues within the framework of international law", "David van Weel", "David van Weel"),
    q("no indication", "David van Weel", "David van Weel"),
    q("No indication is not the same as no", "Marieke Dijkstra", "Marieke Dijkstra"),
    q("with knowledge of how it will be used", "Marieke Dijkstra", "Dijkstra"),
    q("concerned by military operations in the region that disregard international law", "French Ministry for Europe and Foreign Affairs", "French foreign ministry"),
    q("They tell us the Americans can see everything", "Jacqueline Tromp", "Jacqueline Tromp"),
    q("Then they should see that we are fishermen.", "Jacqueline Tromp", "Jacqueline Tromp"),
    q("Everybody is counting ships now", "Rudy Tromp", "Tromp"),
    q("platforms of aggression", "Venezuela", "Venezuela"),
    q("as strong as ever", "Downing Street", "Downing Street"),
  ],
  mentions: {
    "United States": ["Washington", "US"],
    Venezuela: ["Caracas", "Venezuela"],
    "United Kingdom": ["Britain", "London", "UK"],
    Netherlands: ["The Hague", "Kingdom of the Netherlands", "Netherlands"],
    France: ["Paris", "France"],
    "Pete Hegseth": ["Hegseth"],
    "Gilbert Rosaria": ["Gilbert Rosaria", "Rosaria"],
    "Ministry of Defence": ["MoD"],
    "UK Foreign Office": ["Foreign Office"],
    "David van Weel": ["David van Weel"],
    "Marieke Dijkstra": ["Marieke Dijkstra", "Dijkstra"],
    "Leiden University": ["Leiden University"],
    "Jacqueline Tromp": ["Jacqueline Tromp"],
    "Rudy Tromp": ["Rudy Tromp", "Tromp"],
    "Downing Street": ["Downing Street"],
  },
  optionalMentions: {
    "Eleanor Pryce": ["Eleanor Pryce"],
    Curaçao: ["Curaçao"],
    Aruba: ["Aruba"],
    Martinique: ["Martinique"],
    "Trinidad and Tobago": ["Trinidad"],
    "United Kingdom": ["Whitehall"],
    Netherlands: ["Dutch"],
    France: ["French"],
    Venezuela: ["Venezuelan"],
    "United States": ["American", "Americans"],
    "GroenLinks-PvdA": ["GroenLinks-PvdA"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
  },
  figures: [
    { text: "at least 19 strikes", value: 19, kind: "strikes", qualifier: "at least" },
    { text: "at least 76 people", value: 76, kind: "killed", qualifier: "at least" },
    { text: "At least one attack", value: 1, kind: "strikes", qualifier: "at least", optional: true },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null },
  ],
  dates: {
    "Wednesday 12 November 2025": { date: "2025-11-12", precision: "day" },
    "1999": { date: "1999", precision: "year" },
    Tuesday: { date: "2025-11-11", precision: "day" },
    "10 November": { date: "2025-11-10", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "16 October": { date: "2025-10-16", precision: "day" },
  },
};
export default labels;
