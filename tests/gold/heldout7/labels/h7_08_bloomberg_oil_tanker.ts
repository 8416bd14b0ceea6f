import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Short Bloomberg-style markets piece: "(Bloomberg) --" credit (not a
 * mention), prices and percentages as distractors, companies with Inc./Corp./AB,
 * "Analysts at Goldman Sachs … saying in a note" (the firm speaks), a
 * government's statement, Caracas as the government, a seized tanker and
 * warships (not struck vessels), years in the future.
 */
const labels: ArticleLabels = {
  id: "h7_08_bloomberg_oil_tanker",
  file: "tests/gold/heldout7/articles/h7_08_bloomberg_oil_tanker.txt",
  outlet: "Bloomberg",
  published: "2025-12-11",
  invented: true,
  quotes: [
    q("just seized a tanker on the coast of Venezuela, a large tanker, very large.", "Donald Trump", "Trump"),
    q("illicit oil shipping network supporting foreign terrorist organizations.", "Pam Bondi", "Pam Bondi"),
    q("blatant theft", "Venezuela", "Venezuela"),
    q("an act of international piracy", "Venezuela", "Venezuela"),
    q("The market has been treating Venezuela as a headline risk, not a barrels risk", "Priya Venkataraman", "Priya Venkataraman"),
    q("A seizure changes that, because now the barrels themselves are in play.", "Priya Venkataraman", "Priya Venkataraman"),
    q("If this becomes a pattern, buyers will think twice about lifting Venezuelan cargoes, and discounts will have to widen", "Tomas Lindgren", "Tomas Lindgren"),
    q("well supplied into 2026 can absorb the loss of some Venezuelan barrels without a sustained price spike.", "Goldman Sachs", "Goldman Sachs Group Inc."),
    q("continue without disruption and in full compliance with all applicable laws.", "Chevron", "Chevron Corp."),
  ],
  mentions: {
    "United States": ["US"],
    Venezuela: ["Venezuela", "Caracas"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "White House": ["White House"],
    "Pam Bondi": ["Pam Bondi"],
    "US Navy": ["Navy"],
    "Priya Venkataraman": ["Priya Venkataraman"],
    "Rystad Energy": ["Rystad Energy"],
    China: ["China"],
    Bloomberg: ["Bloomberg"],
    PDVSA: ["Petróleos de Venezuela SA"],
    "Tomas Lindgren": ["Tomas Lindgren"],
    SEB: ["SEB AB"],
    "Goldman Sachs": ["Goldman Sachs Group Inc."],
    Chevron: ["Chevron Corp."],
    "US Treasury Department": ["Treasury"],
  },
  optionalMentions: {
    "Alexandra Ruiz": ["Alexandra Ruiz"],
    "Mark Hollis": ["Mark Hollis"],
    "Sarah Chen": ["Sarah Chen"],
    Venezuela: ["Venezuelan"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    X: ["X"],
  },
  // The "(Bloomberg) --" credit opens the story like a dateline.
  notMentions: [{ text: "Bloomberg", occurrence: 1 }],
  figures: [
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "December 11, 2025": { date: "2025-12-11", precision: "day" },
    Wednesday: { date: "2025-12-10", precision: "day" },
    "this year": { date: "2025", precision: "year" },
    "2026": { date: "2026", precision: "year" },
    September: { date: "2025-09", precision: "month" },
    "2019": { date: "2019", precision: "year" },
  },
};
export default labels;
