import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Plain AP-style brief (about 250 words): all-caps byline, dateline not a
 * mention, "Hegseth said" / "he wrote" / "he said", a partial quote after
 * "He said it was", the writer's scare quote ("so-called"), Petro's one-word
 * characterisation (a statement). "a second vote is expected Thursday" looks
 * ahead: the Thursday after publication (2025-11-06).
 */
const labels: ArticleLabels = {
  id: "h5_01_ap_brief_pacific_strike",
  file: "tests/gold/heldout5/articles/h5_01_ap_brief_pacific_strike.txt",
  outlet: "Associated Press",
  published: "2025-11-04",
  invented: true,
  quotes: [
    q("operated by a Designated Terrorist Organization", "Pete Hegseth", "Hegseth"),
    q("These narco-terrorists will find no safe harbor anywhere in our hemisphere", "Pete Hegseth", "Hegseth"),
    scare("narco-boats"),
    q("murder.", "Gustavo Petro", "Gustavo Petro"),
  ],
  mentions: {
    "United States": ["US", "U.S.", "United States"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Associated Press": ["Associated Press"],
    "US Senate": ["Senate"],
    "Gustavo Petro": ["Gustavo Petro"],
    Venezuela: ["Venezuela"],
    "US Navy": ["Navy"],
    "Nicolás Maduro": ["Nicolás Maduro"],
  },
  optionalMentions: {
    "Marta Ellison": ["MARTA ELLISON"],
    "Derek Abara": ["DEREK ABARA"],
    X: ["X"],
    "Democratic Party": ["Democrats"],
    "Republican Party": ["Republicans"],
    Colombia: ["Colombian"],
  },
  figures: [
    { text: "kills 2", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "two people", value: 2, kind: "killed", qualifier: null },
    { text: "at least the 16th strike", value: 16, kind: "strikes", qualifier: "at least", optional: true },
    { text: "at least 67", value: 67, kind: "killed", qualifier: "at least" },
    { text: "the two men", value: 2, kind: "killed", qualifier: null, optional: true },
  ],
  dates: {
    Tuesday: { date: "2025-11-04", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "late last month": { date: "2025-10", precision: "month" },
    "Oct. 8": { date: "2025-10-08", precision: "day" },
    Thursday: { date: "2025-11-06", precision: "day" },
  },
};
export default labels;
