import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Guardian-style: ‘single’ curly quotes (closing mark = apostrophe, apostrophes
 * inside quotes), "told the Guardian", "the MoD", day-month dates, an
 * anonymous former official, a continuation quote in its own paragraph.
 */
const labels: ArticleLabels = {
  id: "h2_02_guardian_mod_surveillance",
  file: "tests/gold/heldout2/articles/h2_02_guardian_mod_surveillance.txt",
  outlet: "The Guardian",
  published: "2025-11-14",
  invented: true,
  quotes: [
    q("Once it goes into the pool, you lose sight of it", null, null),
    q("Nobody on our side was asking what happened next, because until September nothing much did.", null, null),
    q(
      "We do not comment on operational intelligence matters. The UK continues to work closely with partners to tackle the drugs trade, in full accordance with domestic and international law.",
      "Ministry of Defence",
      "MoD",
    ),
    scare("kinetic phase"),
    q(
      "If British data helped to locate a boat that was then destroyed without any attempt at interdiction, there is a real question of complicity",
      "Fenella Okafor",
      "Fenella Okafor",
    ),
    q("That isn’t a theoretical risk. It’s the whole reason for the pause.", "Fenella Okafor", "Fenella Okafor"),
    q("frankly absurd", "Alistair Penhaligon", "Alistair Penhaligon"),
    q("Ministers cannot pause something and then refuse to tell parliament what it was they paused", "Alistair Penhaligon", "Alistair Penhaligon"),
    q("rock solid", "John Healey", "John Healey"),
  ],
  mentions: {
    "Ministry of Defence": ["Ministry of Defence", "MoD"],
    "Royal Air Force": ["RAF"],
    "United States": ["US", "Washington"],
    "United Kingdom": ["UK", "London"],
    "The Guardian": ["Guardian"],
    "Fenella Okafor": ["Fenella Okafor"],
    "King's College London": ["King’s College London"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Alistair Penhaligon": ["Alistair Penhaligon"],
    "House of Commons": ["Commons"],
    "John Healey": ["John Healey"],
    "Royal Navy": ["Royal Navy"],
    "US Department of Defense": ["Pentagon"],
    "White House": ["White House"],
  },
  optionalMentions: {
    "Rhiannon Pryce": ["Rhiannon Pryce"],
    "United Kingdom": ["British"],
    "Liberal Democrats": ["Liberal Democrat"],
  },
  // "In Washington, the Pentagon referred…": a place, not the government.
  notMentions: [{ text: "Washington", after: "In Washington" }],
  figures: [
    { text: "at least 76 people", value: 76, kind: "killed", qualifier: "at least" },
    { text: "20 known strikes", value: 20, kind: "strikes", qualifier: null },
    { text: "two vessels", value: 2, kind: "vessels", qualifier: null },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
  ],
  dates: {
    "Fri 14 Nov 2025": { date: "2025-11-14", precision: "day" },
    "last year": { date: "2024", precision: "year" },
    September: { date: "2025-09", precision: "month" },
    "12 November": { date: "2025-11-12", precision: "day" },
    "2 September": { date: "2025-09-02", precision: "day" },
    Monday: { date: "2025-11-10", precision: "day" },
    "last month": { date: "2025-10", precision: "month" },
    "the summer": { date: "2025", precision: "year", optional: true },
  },
};
export default labels;
