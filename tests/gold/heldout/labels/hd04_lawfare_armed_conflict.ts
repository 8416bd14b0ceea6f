import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Held-out legal analysis (Lawfare / Just Security style): curly quotes used both
 * as scare quotes and as statements ("described the crews as «...»" is a statement;
 * "was in fact a «...»" is a scare quote), "according to", historical years.
 */
const labels: ArticleLabels = {
  id: "hd04_lawfare_armed_conflict",
  file: "tests/gold/heldout/articles/hd04_lawfare_armed_conflict.txt",
  outlet: "Lawfare",
  published: "2025-10-28",
  invented: true,
  quotes: [
    scare("Armed Conflict"),
    // The content of a White House notice, quoted in the writer's paraphrase: debatable.
    q("non-international armed conflict", "White House", "White House", { optional: true }),
    scare("conflict", { after: "The “" }),
    q("are at war with us, whether we like it or not", "Marco Rubio", "Marco Rubio"),
    q("narco-terrorists.", "Pete Hegseth", "Pete Hegseth"),
    scare("narco-terrorist", { after: "in fact a “" }),
    scare("war", { after: "The word “" }),
    scare("Cartel de los Soles"),
    scare("armed attack."),
    q("There is no statute on the books that turns a smuggler into a combatant", "Gideon Marwick", "Gideon Marwick"),
    q("What you have instead is a press release.", "Gideon Marwick", "Gideon Marwick"),
    q("summary executions with a Pentagon press office", "Marcus Ellery", "Marcus Ellery"),
  ],
  mentions: {
    "United States": ["U.S.", "United States", "Washington"],
    "Center for Maritime Security Studies": ["Center for Maritime Security Studies"],
    "White House": ["White House"],
    "US Congress": ["Congress"],
    "Marco Rubio": ["Marco Rubio"],
    "Pete Hegseth": ["Pete Hegseth"],
    Colombia: ["Bogotá"],
    "Nicolás Maduro": ["Nicolás Maduro", "Maduro"],
    "Cartel de los Soles": ["Cartel de los Soles"],
    Panama: ["Panama"],
    "George H. W. Bush": ["George H. W. Bush", "Bush"],
    "Manuel Noriega": ["Manuel Noriega"],
    "al-Qaida": ["al-Qaida"],
    "Congressional Research Service": ["Congressional Research Service"],
    "Gideon Marwick": ["Gideon Marwick"],
    "US State Department": ["State Department"],
    "Halvorsen Institute": ["Halvorsen Institute"],
    "Marcus Ellery": ["Marcus Ellery"],
    "US Department of Defense": ["Pentagon"],
    "US Department of Justice": ["Justice Department"],
    "Office of Legal Counsel": ["Office of Legal Counsel"],
    "Office of the Legal Adviser": ["Office of the Legal Adviser"],
  },
  optionalMentions: {
    "Helena Voss-Achebe": ["Helena Voss-Achebe"],
    Colombia: ["Colombian"],
    "United States": ["Americans"],
  },
  figures: [
    { text: "at least 13 vessels", value: 13, kind: "vessels", qualifier: "at least" },
    { text: "at least 57 people", value: 57, kind: "killed", qualifier: "at least" },
    { text: "at least one of the dead", value: 1, kind: "killed", qualifier: "at least", optional: true },
  ],
  dates: {
    "Tuesday, October 28, 2025": { date: "2025-10-28", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "early October": { date: "2025-10", precision: "month" },
    "Oct. 8": { date: "2025-10-08", precision: "day" },
    "the past decade": { date: "2015", precision: "year", optional: true },
    "March 2020": { date: "2020-03", precision: "month" },
    "December 1989": { date: "1989-12", precision: "month" },
    "the year before": { date: "1988", precision: "year", optional: true },
    "Sept. 11, 2001": { date: "2001-09-11", precision: "day" },
    // "the 2001 Authorization for Use of Military Force": part of the statute's name.
    "2001": { date: "2001", precision: "year", optional: true },
    "2023": { date: "2023", precision: "year" },
    "2014": { date: "2014", precision: "year" },
    "2019": { date: "2019", precision: "year" },
    "last week": { date: "2025-10-20", precision: "week" },
    "Oct. 21": { date: "2025-10-21", precision: "day" },
    "this week": { date: "2025-10-27", precision: "week" },
  },
};
export default labels;
