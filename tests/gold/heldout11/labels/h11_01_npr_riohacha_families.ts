import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * NPR web story from Riohacha, Colombia: present-tense "says", byline, a
 * single-quoted subhead that repeats a relative's words, "the statement said"
 * (Ombudsman's Office), anonymous embassy official, "he wrote on X" split
 * quote, two Epieyús (mother and son).
 */
const labels: ArticleLabels = {
  id: "h11_01_npr_riohacha_families",
  file: "tests/gold/heldout11/articles/h11_01_npr_riohacha_families.txt",
  outlet: "NPR",
  published: "2025-10-24",
  invented: true,
  quotes: [
    q("He told me he would be back in three or four days", "Yolanda Epieyú", "Epieyú"),
    q("That was the last thing.", "Yolanda Epieyú", "Epieyú"),
    // "describes the people on board as" — a characterising verb, but "the administration" is not a clear speaker.
    { text: "narco-terrorists", speaker: "United States", speakerAsWritten: "administration", optional: true },
    q("We are not terrorists here. We are fishermen, and when there are no fish, some of the young men do what they are offered", "Ramiro Uriana", "Ramiro Uriana"),
    q("That does not mean you kill them from the sky.", "Ramiro Uriana", "Ramiro Uriana"),
    q("a Colombian fisherman with no ties to the drug trade", "Gustavo Petro", "Gustavo Petro"),
    q("murder.", "Gustavo Petro", "Gustavo Petro"),
    q("President Petro needs to stop making baseless claims and start dealing with the cocaine coming out of his own country", "Karoline Leavitt", "Karoline Leavitt"),
    q("was involved in illicit narcotics smuggling", "Pete Hegseth", "Hegseth"),
    q("These cartels are the Al Qaeda of the Western Hemisphere", "Pete Hegseth", "Hegseth"),
    q("and we will treat them that way.", "Pete Hegseth", "Hegseth"),
    // Subhead echoing Dayana Pushaina's words below.
    q("No one has come", "Dayana Pushaina", "Dayana Pushaina", { occurrence: 1, optional: true }),
    q("No one has come. Not the navy, not the mayor, not the prosecutors", "Dayana Pushaina", "Dayana Pushaina"),
    q("We found out from the television, like everybody else.", "Dayana Pushaina", "Dayana Pushaina"),
    q("The State has the obligation to identify the victims and to accompany their families", "Colombian Ombudsman's Office", "Colombia's Ombudsman's Office"),
    q("We cannot confirm the nationality of people we never saw, on a boat we never intercepted", "Pedro Sánchez", "Sánchez"),
    q("aware of the reports", null, null),
    q("Even if every person on that boat was carrying cocaine, that is a crime. It is not an armed attack", "Marisol Drummond", "Marisol Drummond"),
    q("You don't get to use military force against criminal suspects just by calling them terrorists.", "Marisol Drummond", "Marisol Drummond"),
    q("no evidence", "Rand Paul", "Rand Paul"),
    q("If you're going to blow somebody up, you ought to at least know their name", "Rand Paul", "Paul"),
    q("The sea is the same sea", "Ramiro Uriana", "Uriana"),
    q("But now we look at the sky when we go out.", "Ramiro Uriana", "Uriana"),
    q("If he did something wrong, they should have arrested him. I would have visited him in prison", "Yolanda Epieyú", "Yolanda Epieyú"),
    q("Now I don't even have a body to bury.", "Yolanda Epieyú", "Yolanda Epieyú"),
  ],
  mentions: {
    "Yolanda Epieyú": ["Yolanda Epieyú", "Epieyú"],
    "Wilder Epieyú": ["Wilder Epieyú"],
    Colombia: ["Colombia"],
    "United States": ["U.S.", "Washington"],
    "US Department of Defense": ["Pentagon", "Defense Department"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Donald Trump": ["Trump"],
    "Ramiro Uriana": ["Ramiro Uriana", "Uriana"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "White House": ["White House"],
    "Karoline Leavitt": ["Karoline Leavitt"],
    "al-Qaida": ["Al Qaeda"],
    "Dayana Pushaina": ["Dayana Pushaina"],
    "Colombian Ombudsman's Office": ["Colombia's Ombudsman's Office"],
    "Pedro Sánchez": ["Pedro Sánchez", "Sánchez"],
    "Colombian Navy": ["Colombia's navy"],
    "US Embassy in Bogotá": ["U.S. Embassy in Bogotá"],
    NPR: ["NPR"],
    "Marisol Drummond": ["Marisol Drummond"],
    "Georgetown University Law Center": ["Georgetown Law"],
    "US State Department": ["State Department"],
    "US Congress": ["Congress"],
    "Rand Paul": ["Rand Paul", "Paul"],
  },
  optionalMentions: {
    "Ana Lucía Beltrán": ["Ana Lucía Beltrán"],
    Colombia: ["Colombian"],
    X: ["X"],
    "Republican Party": ["Republicans"],
  },
  // Dateline.
  notMentions: [{ text: "Colombia", after: "RIOHACHA" }],
  figures: [
    { text: "three people", value: 3, kind: "killed", qualifier: null },
    { text: "at least 43 people", value: 43, kind: "killed", qualifier: "at least" },
    { text: "10 strikes", value: 10, kind: "strikes", qualifier: null },
  ],
  dates: {
    "Oct. 12": { date: "2025-10-12", precision: "day" },
    "Five days later": { date: "2025-10-17", precision: "day", optional: true },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "last week": { date: "2025-10-13", precision: "week" },
    Tuesday: { date: "2025-10-21", precision: "day" },
    "Oct. 17": { date: "2025-10-17", precision: "day" },
    Wednesday: { date: "2025-10-22", precision: "day" },
    Sunday: { date: "2025-10-19", precision: "day" },
    September: { date: "2025-09", precision: "month" },
  },
};
export default labels;
