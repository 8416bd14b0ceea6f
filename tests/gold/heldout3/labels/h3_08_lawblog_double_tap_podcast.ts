import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Legal-analysis blog with a podcast excerpt: the writer's own scare quotes
 * ("double tap", "armed conflict", "combatants"), a report relayed "According to
 * the Post", a quote nested inside a lawmaker's quote, a document quoted as
 * speaker (optional), unmarked Q:/A: transcript lines (optional), an acronym
 * never spelled out (OLC) beside ones defined (CCLAC, ICRC), a January
 * publication date so "last year", "December" and "September" fall in 2025,
 * "two days later" relative to an event (optional).
 */
const labels: ArticleLabels = {
  id: "h3_08_lawblog_double_tap_podcast",
  file: "tests/gold/heldout3/articles/h3_08_lawblog_double_tap_podcast.txt",
  outlet: "Armed Conflict Notebook",
  published: "2026-01-02",
  invented: true,
  quotes: [
    { text: "double tap", speaker: null, speakerAsWritten: null, scare: true },
    q("kill everybody.", "Pete Hegseth", "Pete Hegseth", { occurrence: 1 }),
    q("the fog of war", "Pete Hegseth", "Hegseth"),
    q("made the right call", "Pete Hegseth", "Hegseth"),
    q("complete support.", "Pete Hegseth", "Hegseth"),
    q(
      "The admiral told us, and I'm quoting him, 'I was not told to kill everybody.' I believe him. The question is what he was told instead.",
      "Delphine Okereke-Shaw",
      "Delphine Okereke-Shaw",
    ),
    q("I was not told to kill everybody.", "Frank M. Bradley", "Bradley", { optional: true }),
    { text: "armed conflict", speaker: null, speakerAsWritten: null, scare: true, after: 'there is an "' },
    { text: "combatants", speaker: null, speakerAsWritten: null, scare: true, occurrence: 1 },
    q("must be respected and protected", "US Department of Defense", "Defense Department", { optional: true }),
    // Transcript lines: speech, but not inside quote marks.
    q("Is there any reading of the law that makes the second strike lawful?", "Miriam Okwuosa-Hart", "Miriam Okwuosa-Hart", { optional: true }),
    q(
      "Only if the two men were still fighting. If they were trying to get back into the fight, radioing for help to recover the cargo, say, you can make an argument. If they were just trying not to drown, you can't.",
      "Thaddeus Mbeki-Larsen",
      "Thaddeus Mbeki-Larsen",
      { optional: true },
    ),
    q("The Pentagon says the commander had the authority he needed.", "Miriam Okwuosa-Hart", "Miriam Okwuosa-Hart", { optional: true }),
    q(
      "Authority isn't the question. Lawfulness is. A commander can have every authority in the world and still give an unlawful order.",
      "Thaddeus Mbeki-Larsen",
      "Thaddeus Mbeki-Larsen",
      { optional: true },
    ),
    q("What happens next?", "Miriam Okwuosa-Hart", "Miriam Okwuosa-Hart", { optional: true }),
    q(
      "Legally, probably nothing. Politically is different. Congress is paying attention in a way it wasn't in September.",
      "Thaddeus Mbeki-Larsen",
      "Thaddeus Mbeki-Larsen",
      { optional: true },
    ),
    q("the number that will actually move Congress.", "Thaddeus Mbeki-Larsen", "Mbeki-Larsen"),
  ],
  mentions: {
    "United States": ["United States", "US"],
    "Calloway Center for Law and Armed Conflict": ["Calloway Center for Law and Armed Conflict", "CCLAC"],
    "The Washington Post": ["The Washington Post", "Post"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Frank M. Bradley": ["Frank M. Bradley", "Bradley"],
    "US House of Representatives": ["House"],
    "US Senate": ["Senate"],
    "Delphine Okereke-Shaw": ["Delphine Okereke-Shaw"],
    "US Congress": ["Congress"],
    "US Department of Defense": ["Defense Department", "Pentagon"],
    "International Committee of the Red Cross": ["International Committee of the Red Cross", "ICRC"],
    "Office of Legal Counsel": ["OLC"],
    "Thaddeus Mbeki-Larsen": ["Thaddeus Mbeki-Larsen", "Mbeki-Larsen"],
    "US Army": ["Army"],
    "US Southern Command": ["US Southern Command"],
    "Marist Institute for Public Opinion": ["Marist Institute for Public Opinion"],
  },
  optionalMentions: {
    "Armed Conflict Notebook": ["ARMED CONFLICT NOTEBOOK"],
    "Miriam Okwuosa-Hart": ["Miriam Okwuosa-Hart"],
    "Democratic Party": ["Democrat"],
    "United States": ["Americans"],
    "Cabinet of the United States": ["Cabinet"],
    "Rules of the Road": ["Rules of the Road"],
  },
  figures: [
    { text: "at least 35 known strikes", value: 35, kind: "strikes", qualifier: "at least" },
    { text: "at least 115 people", value: 115, kind: "killed", qualifier: "at least" },
    { text: "Two of those deaths", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null },
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
    { text: "two men", value: 2, kind: "survivors", qualifier: null, optional: true },
  ],
  dates: {
    "September 2": { date: "2025-09-02", precision: "day" },
    "January 2, 2026": { date: "2026-01-02", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "end of last year": { date: "2025", precision: "year" },
    "Nov. 28": { date: "2025-11-28", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "that day": { date: "2025-09-02", precision: "day", optional: true },
    "Dec. 2": { date: "2025-12-02", precision: "day" },
    "two days later": { date: "2025-12-04", precision: "day", optional: true },
    "early October": { date: "2025-10", precision: "month" },
    "1949": { date: "1949", precision: "year" },
    "next month": { date: "2026-02", precision: "month" },
    "this week": { date: "2025-12-29", precision: "week" },
    December: { date: "2025-12", precision: "month" },
    "2001": { date: "2001", precision: "year" },
  },
};
export default labels;
