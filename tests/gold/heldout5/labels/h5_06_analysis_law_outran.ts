import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Analysis quoting academics, first person ("I asked", "told me"): the
 * writer's own scare quote ("war"), the administration's labels in marks
 * with no one named (optional, null), a quote whose speaker comes in the
 * next sentence ("That line came from ..."), "The professor was careful ...
 * she said", a quote continuing with no verb, "wrote in an essay", "Echoing
 * Paul" (Paul's words quoted just before), "in an interview with the Fault
 * Lines podcast", a colon intro to a post on X, "wrote on Truth Social",
 * "in a post on X, promised that". Tallies "by Christmas Eve" carry
 * 2025-12-24. Published Monday 29 December 2025: "last week" is the week of
 * 22 December; "next year" and "January" (Congress returns) are 2026;
 * "the 1970s" is a decade (optional).
 */
const labels: ArticleLabels = {
  id: "h5_06_analysis_law_outran",
  file: "tests/gold/heldout5/articles/h5_06_analysis_law_outran.txt",
  outlet: "The Cross-Current",
  published: "2025-12-29",
  invented: true,
  quotes: [
    scare("war", { after: "Four months into the" }),
    q("narco-terrorists", null, null, { optional: true }),
    q("armed conflict", null, null, { occurrence: 1, optional: true }),
    q(
      "The law of the sea has a word for men clinging to wreckage, and it isn't combatant.",
      "Ifeoma Nwachukwu-Barros",
      "Ifeoma Nwachukwu-Barros",
    ),
    q(
      "a question on which reasonable lawyers disagree, though most of them disagree with the administration.",
      "Ifeoma Nwachukwu-Barros",
      "Ifeoma Nwachukwu-Barros",
    ),
    q(
      "Even if you grant everything the government claims, you do not get to finish off the shipwrecked.",
      "Ifeoma Nwachukwu-Barros",
      "Ifeoma Nwachukwu-Barros",
    ),
    q("What is new is not the violence", "Henrik Sæther", "Sæther"),
    q("It is the decision to stop pretending that the people on the boats are suspects.", "Henrik Sæther", "Sæther"),
    q("that kill more of our citizens every year than al-Qaida ever did", "Garrett Lindqvist-Moore", "Garrett Lindqvist-Moore"),
    q("Congress has had every chance to stop this", "Garrett Lindqvist-Moore", "Garrett Lindqvist-Moore"),
    q("It has voted twice not to.", "Garrett Lindqvist-Moore", "Garrett Lindqvist-Moore"),
    q("never produced a shred of evidence", "Rand Paul", "Rand Paul"),
    q("a kill list with no names on it.", "Dwight Amundsen", "Dwight Amundsen"),
    q("In my career, if you couldn't tell me who the target was, you didn't have a target", "Dwight Amundsen", "Amundsen"),
    q(
      "Prices in the ports are up, routes have moved south, and nobody important has been killed.",
      "Ana Lucía Restrepo",
      "Ana Lucía Restrepo",
    ),
    q("You are killing the people who carry the fuel cans", "Ana Lucía Restrepo", "Ana Lucía Restrepo"),
    q("The people who own the cargo watch it on television.", "Ana Lucía Restrepo", "Ana Lucía Restrepo"),
    q("We are winning, and the boats know it", "Donald Trump", "Donald Trump"),
    q("25,000 American lives", "Donald Trump", "Donald Trump"),
    q("until the cartels stop coming.", "Pete Hegseth", "Pete Hegseth"),
    q("The lawyers are writing the footnotes", "Ifeoma Nwachukwu-Barros", "Nwachukwu-Barros"),
    q("after the missiles have already landed.", "Ifeoma Nwachukwu-Barros", "Nwachukwu-Barros"),
  ],
  mentions: {
    "US Department of Defense": ["Pentagon"],
    "United States": ["U.S.", "United States", "Washington"],
    "Ifeoma Nwachukwu-Barros": ["Ifeoma Nwachukwu-Barros", "Nwachukwu-Barros"],
    "Tulane University": ["Tulane University"],
    "Henrik Sæther": ["Henrik Sæther", "Sæther"],
    "University of Bergen": ["University of Bergen"],
    Panama: ["Panama"],
    "Garrett Lindqvist-Moore": ["Garrett Lindqvist-Moore"],
    "Sentinel Institute": ["Sentinel Institute"],
    "al-Qaida": ["al-Qaida"],
    "US Congress": ["Congress"],
    "US Senate": ["Senate"],
    "Rand Paul": ["Rand Paul", "Paul"],
    "US Air Force": ["Air Force"],
    "Dwight Amundsen": ["Dwight Amundsen", "Amundsen"],
    "Fault Lines": ["Fault Lines"],
    "Ana Lucía Restrepo": ["Ana Lucía Restrepo"],
    "Universidad de los Andes": ["Universidad de los Andes"],
    Colombia: ["Colombia"],
    "Donald Trump": ["Donald Trump"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Office of Legal Counsel": ["Office of Legal Counsel"],
    Venezuela: ["Venezuela"],
  },
  optionalMentions: {
    "The Cross-Current": ["THE CROSS-CURRENT"],
    "Marguerite Oduya-Lindholm": ["Marguerite Oduya-Lindholm"],
    "United States": ["Americans", "American"],
    "Republican Party": ["Republicans"],
    "Democratic Party": ["Democrats"],
    Norway: ["Norwegian"],
    X: ["X"],
    "Truth Social": ["Truth Social"],
  },
  figures: [
    { text: "at least 29 strikes", value: 29, kind: "strikes", qualifier: "at least", asOf: "2025-12-24" },
    { text: "at least 105 people", value: 105, kind: "killed", qualifier: "at least", asOf: "2025-12-24" },
    { text: "three boats", value: 3, kind: "vessels", qualifier: null },
    { text: "eight people", value: 8, kind: "killed", qualifier: null },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, optional: true },
  ],
  dates: {
    "December 29, 2025": { date: "2025-12-29", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "Christmas Eve": { date: "2025-12-24", precision: "day" },
    "Dec. 15": { date: "2025-12-15", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "the 1970s": { date: "1970", precision: "year", optional: true },
    "this month": { date: "2025-12", precision: "month" },
    "1989": { date: "1989", precision: "year" },
    October: { date: "2025-10", precision: "month" },
    November: { date: "2025-11", precision: "month" },
    "last week": { date: "2025-12-22", precision: "week" },
    "Dec. 20": { date: "2025-12-20", precision: "day" },
    "Dec. 16": { date: "2025-12-16", precision: "day" },
    "next year": { date: "2026", precision: "year" },
    January: { date: "2026-01", precision: "month" },
  },
};
export default labels;
