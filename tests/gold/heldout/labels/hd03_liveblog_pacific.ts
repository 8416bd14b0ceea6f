import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Held-out live blog: reverse-chronological timestamped updates, embedded posts
 * signed "— @handle", "earlier today" / "late yesterday" / "last Thursday",
 * figures inside quoted posts, "at least two dozen strikes".
 */
const labels: ArticleLabels = {
  id: "hd03_liveblog_pacific",
  file: "tests/gold/heldout/articles/hd03_liveblog_pacific.txt",
  outlet: "The Meridian",
  published: "2025-12-09",
  invented: true,
  quotes: [
    q("due to conditions at sea", "Mexican Navy", "Mexico's navy"),
    q(
      "Three more boats. Eleven more people dead. Still no legal opinion, still no evidence, still no vote. This is not how a democracy goes to war.",
      "Priya Raghunathan",
      "Priya Raghunathan",
    ),
    q("operated by Designated Terrorist Organizations", "Kingsley Parnell", "Kingsley Parnell", { occurrence: 1 }),
    q("no U.S. forces were harmed.", "Kingsley Parnell", "Kingsley Parnell"),
    q(
      "At the direction of @SecWar, SOUTHCOM forces conducted lethal kinetic strikes on three vessels operated by Designated Terrorist Organizations in the Eastern Pacific. Eleven male narco-terrorists were killed. Mexican authorities were notified and have assumed search-and-rescue coordination for survivors.",
      "US Southern Command",
      "Southern Command",
    ),
    q("as long as it takes.", "Pete Hegseth", "Pete Hegseth"),
    q("more deaths without trial", "Gustavo Petro", "Gustavo Petro"),
    q("does not agree", "Claudia Sheinbaum", "Claudia Sheinbaum"),
    q("We are not part of any military operation. Saving lives is an obligation under international law", "Claudia Sheinbaum", "Sheinbaum"),
  ],
  mentions: {
    "United States": ["US", "U.S."],
    Mexico: ["Mexico"],
    "Mexican Navy": ["Mexican Navy", "Mexico's navy"],
    "Priya Raghunathan": ["Priya Raghunathan", "@SenRaghunathan"],
    "Senate Foreign Relations Committee": ["Foreign Relations Committee"],
    "US Department of Defense": ["Pentagon"],
    "Kingsley Parnell": ["Kingsley Parnell"],
    "US Southern Command": ["Southern Command", "SOUTHCOM", "@Southcom"],
    "Pete Hegseth": ["Pete Hegseth", "@SecWar"],
    "Gustavo Petro": ["Gustavo Petro"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum", "Sheinbaum"],
  },
  optionalMentions: {
    Mexico: ["Mexican"],
    Colombia: ["Colombian"],
    "Tomás Ilarraza": ["Tomás Ilarraza"],
  },
  figures: [
    { text: "three more boats", value: 3, kind: "vessels", qualifier: null },
    { text: "Two people", value: 2, kind: "survivors", qualifier: null },
    { text: "Three more boats", value: 3, kind: "vessels", qualifier: null },
    { text: "Eleven more people", value: 11, kind: "killed", qualifier: null },
    { text: "three vessels", value: 3, kind: "vessels", qualifier: null, occurrence: 1 },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null },
    { text: "three vessels", value: 3, kind: "vessels", qualifier: null, occurrence: 2 },
    { text: "Eleven male narco-terrorists", value: 11, kind: "killed", qualifier: null },
    { text: "third round of strikes", value: 3, kind: "strikes", qualifier: null, optional: true },
    { text: "at least two dozen strikes", value: 24, kind: "strikes", qualifier: "at least" },
    { text: "at least 98 people", value: 98, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Dec. 9, 2025": { date: "2025-12-09", precision: "day" },
    "earlier today": { date: "2025-12-09", precision: "day" },
    "a few minutes ago": { date: "2025-12-09", precision: "day", optional: true },
    "last Thursday": { date: "2025-12-04", precision: "day" },
    today: { date: "2025-12-09", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "late yesterday": { date: "2025-12-08", precision: "day" },
  },
};
export default labels;
