import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * British broadsheet: ‘ ’ quote marks whose closing mark is also the apostrophe
 * (“UK’s”, “don’t”), punctuation outside the marks, “Mr”/“Ms” honorifics, two
 * people named Cooper (the full name once for the second), MoD / FCDO acronyms,
 * an anonymous “senior government source”, a double-quoted term nested in a
 * single-quoted quote, Whitehall / The Hague as metonyms (optional), dated
 * headline stack with kicker and standfirst.
 */
const labels: ArticleLabels = {
  id: "h3_05_british_intel_pause",
  file: "tests/gold/heldout3/articles/h3_05_british_intel_pause.txt",
  outlet: "The Sentinel",
  published: "2025-11-12",
  invented: true,
  quotes: [
    q("Nobody wanted to be the one who had to explain to a court why a British tip-off ended with a missile", null, null),
    q("clear and consistent", "John Healey", "John Healey"),
    q(
      "We continue to work with our allies to tackle the drugs trade, and we will always do so in a manner that is consistent with international law",
      "John Healey",
      "Healey",
    ),
    q("We do not comment on intelligence matters.", "Ministry of Defence", "Ministry of Defence"),
    q("real difficulty", "Yvette Cooper", "Cooper"),
    q(
      "If the Americans say these men are “narco-terrorists” engaged in an armed conflict, and we don’t accept that there is an armed conflict, then each of those strikes is, at best, an unlawful killing",
      "Helen Cooper",
      "Helen Cooper",
    ),
    { text: "narco-terrorists", speaker: null, speakerAsWritten: null, scare: true, optional: true },
    q("No minister can sign off on helping with that.", "Helen Cooper", "Helen Cooper"),
    q("violate international law", "Jean-Noël Barrot", "Jean-Noël Barrot"),
    q("as long as the missile attacks on boats in the Caribbean continue", "Gustavo Petro", "Gustavo Petro"),
    q("The United Kingdom is one of our closest partners. We don’t discuss intelligence relationships.", "US State Department", "State Department"),
    q("non-international armed conflict", "US Department of Defense", "Pentagon", { optional: true }),
    q("the right thing, if quietly", "Emily Thornbury-Haig", "Emily Thornbury-Haig"),
    q("explain to parliament what they did and why", "James Cartlidge", "James Cartlidge"),
    q("a very strong relationship", "Downing Street", "Downing Street"),
  ],
  mentions: {
    "United Kingdom": ["Britain", "UK", "London", "United Kingdom"],
    "United States": ["US", "United States", "Washington"],
    "Royal Air Force": ["RAF"],
    "Royal Navy": ["Royal Navy"],
    "John Healey": ["John Healey", "Healey"],
    "Ministry of Defence": ["Ministry of Defence", "MoD"],
    "UK Foreign Office": ["Foreign, Commonwealth and Development Office", "FCDO"],
    "Yvette Cooper": ["Yvette Cooper", "Cooper"],
    "Helen Cooper": ["Helen Cooper"],
    "Marco Rubio": ["Marco Rubio"],
    "Group of Seven": ["G7"],
    Canada: ["Canada"],
    "University of Bristol": ["University of Bristol"],
    Netherlands: ["Netherlands"],
    France: ["France"],
    "Jean-Noël Barrot": ["Jean-Noël Barrot"],
    Colombia: ["Colombia"],
    "Gustavo Petro": ["Gustavo Petro"],
    "US State Department": ["State Department"],
    "US Department of Defense": ["Pentagon"],
    "Emily Thornbury-Haig": ["Emily Thornbury-Haig"],
    "House of Commons": ["Commons"],
    "James Cartlidge": ["James Cartlidge"],
    "Donald Trump": ["Trump"],
    "Downing Street": ["Downing Street"],
  },
  optionalMentions: {
    "United Kingdom": ["British", "Whitehall"],
    "United States": ["Americans"],
    Netherlands: ["Dutch", "The Hague"],
    France: ["French"],
    Venezuela: ["Venezuelan"],
    Curaçao: ["Curaçao"],
    Aruba: ["Aruba"],
    "HMS Medway": ["HMS Medway"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    "Labour Party": ["Labour"],
    "Conservative Party": ["Conservative"],
    "Owen Tredinnick": ["Owen Tredinnick"],
  },
  figures: [
    { text: "at least 76 people", value: 76, kind: "killed", qualifier: "at least" },
    { text: "19 attacks", value: 19, kind: "strikes", qualifier: null },
  ],
  dates: {
    "Wednesday 12 November 2025": { date: "2025-11-12", precision: "day" },
    "more than a month ago": { date: "2025-10", precision: "month", optional: true },
    "2023": { date: "2023", precision: "year" },
    "2 September": { date: "2025-09-02", precision: "day" },
    Tuesday: { date: "2025-11-11", precision: "day" },
    "last month": { date: "2025-10", precision: "month" },
    Monday: { date: "2025-11-10", precision: "day" },
    "earlier this month": { date: "2025-11", precision: "month" },
  },
};
export default labels;
