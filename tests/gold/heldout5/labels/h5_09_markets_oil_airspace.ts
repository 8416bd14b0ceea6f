import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Markets story on oil and Venezuela with a fact box: prices, barrels per
 * day, percentages, tanker rates, insurance, sailors, troops, warships and
 * airlines as distractors beside one boat tally (a box line "83: people
 * killed" is optional). Partial quotes from a Truth Social post, "wrote in a
 * research note", a company and a state oil company as speakers, "went
 * further on state television ... she said", "in an interview with CNBC",
 * "Echoing Achterberg" (no quote of hers there), acronyms defined (FAA,
 * PDVSA), OPEC+ never spelled out, London as a market (not a mention).
 * Published Monday 1 December 2025: "last week" is the week of 24 November,
 * "last Wednesday" 26 November, "until March" 2026-03; "the first quarter
 * of 2026" is optional (no quarter precision).
 */
const labels: ArticleLabels = {
  id: "h5_09_markets_oil_airspace",
  file: "tests/gold/heldout5/articles/h5_09_markets_oil_airspace.txt",
  outlet: "Commodity Ledger",
  published: "2025-12-01",
  invented: true,
  quotes: [
    q("drug dealers", "Donald Trump", "Trump"),
    q("closed in its entirety.", "Donald Trump", "Trump"),
    q("potentially hazardous situation", "Federal Aviation Administration", "Federal Aviation Administration"),
    q("The market has been here before", "Rosalind Achterberg", "Rosalind Achterberg"),
    q("Venezuela is loud in the headlines and small in the barrels.", "Rosalind Achterberg", "Rosalind Achterberg"),
    q("continue in full compliance with all applicable laws and sanctions", "Chevron", "Chevron"),
    q("proceeding normally", "PDVSA", "Petróleos de Venezuela"),
    q("psychological warfare against our industry.", "PDVSA", "Petróleos de Venezuela"),
    q("Venezuela will keep selling its oil to whoever wants to buy it", "Delcy Rodríguez", "Delcy Rodríguez"),
    q("No post on a social network changes that.", "Delcy Rodríguez", "Delcy Rodríguez"),
    q("It's not the strikes on the small boats", "Sveinung Hald", "Hald"),
    q("It's the chance that a tanker ends up in the wrong place at the wrong time.", "Sveinung Hald", "Hald"),
    q("a blockade or a strike on infrastructure, not a social media post.", "Marcus Oyelowo-Tate", "Marcus Oyelowo-Tate"),
    q("Venezuela could lose half its exports and the market would notice for a week", "Marcus Oyelowo-Tate", "Marcus Oyelowo-Tate"),
    q(
      "OPEC+ could change its mind in an afternoon and the market would notice for a year.",
      "Marcus Oyelowo-Tate",
      "Marcus Oyelowo-Tate",
    ),
  ],
  mentions: {
    Venezuela: ["Venezuela"],
    "OPEC+": ["OPEC+"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "United States": ["U.S.", "Washington"],
    "White House": ["White House"],
    "Federal Aviation Administration": ["Federal Aviation Administration", "FAA"],
    "Rosalind Achterberg": ["Rosalind Achterberg", "Achterberg"],
    "Kestrel Partners": ["Kestrel Partners"],
    "Commodity Ledger": ["Commodity Ledger"],
    China: ["China"],
    Chevron: ["Chevron"],
    "US Treasury Department": ["Treasury"],
    PDVSA: ["Petróleos de Venezuela", "PDVSA"],
    "Delcy Rodríguez": ["Delcy Rodríguez"],
    "US Department of Defense": ["Pentagon"],
    "Sveinung Hald": ["Sveinung Hald", "Hald"],
    "Nordvik Shipbrokers": ["Nordvik Shipbrokers"],
    "Joint War Committee": ["Joint War Committee"],
    Iberia: ["Iberia"],
    "TAP Air Portugal": ["TAP Air Portugal"],
    "Marcus Oyelowo-Tate": ["Marcus Oyelowo-Tate"],
    "Harborline Capital": ["Harborline Capital"],
    CNBC: ["CNBC"],
  },
  optionalMentions: {
    "Commodity Ledger": ["COMMODITY LEDGER"],
    "Tobias Wren-Okafor": ["Tobias Wren-Okafor"],
    Venezuela: ["Venezuelan"],
    "Truth Social": ["Truth Social"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
  },
  figures: [
    { text: "at least 22 boats", value: 22, kind: "vessels", qualifier: "at least" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "83: people", value: 83, kind: "killed", qualifier: null, optional: true },
  ],
  dates: {
    "Monday, Dec. 1, 2025": { date: "2025-12-01", precision: "day" },
    Monday: { date: "2025-12-01", precision: "day" },
    weekend: { date: "2025-11-24", precision: "week", optional: true },
    "the first quarter of 2026": { date: "2026", precision: "year", optional: true },
    "last week": { date: "2025-11-24", precision: "week" },
    Saturday: { date: "2025-11-29", precision: "day" },
    "Nov. 21": { date: "2025-11-21", precision: "day" },
    Sunday: { date: "2025-11-30", precision: "day" },
    November: { date: "2025-11", precision: "month" },
    October: { date: "2025-10", precision: "month" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "Nov. 15": { date: "2025-11-15", precision: "day" },
    "early November": { date: "2025-11", precision: "month" },
    "last Wednesday": { date: "2025-11-26", precision: "day" },
    "this week": { date: "2025-12-01", precision: "week" },
    March: { date: "2026-03", precision: "month" },
    "January 2019": { date: "2019-01", precision: "month" },
  },
};
export default labels;
