import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Local Caribbean daily: all-caps masthead and paragraph openers, a headline
 * that is an unattributed quote (optional), photo credit, three people sharing
 * surnames (Sharon / Kevon Ramkissoon; Jerome Alexis / Natasha Alexis-Forde) and
 * "Persad" beside "Persad-Bissessar", a nested single-quoted phrase, a scare
 * "double tap", "Port of Spain" as the government vs. as a place, a colon-
 * introduced embassy statement in its own paragraph, crowd and boat counts that
 * are not casualties.
 */
const labels: ArticleLabels = {
  id: "h3_07_trinidad_vigil_families",
  file: "tests/gold/heldout3/articles/h3_07_trinidad_vigil_families.txt",
  outlet: "Southern Gazette",
  published: "2025-12-16",
  invented: true,
  quotes: [
    q("Two months and not one answer", "Sharon Ramkissoon", "Ramkissoon", { occurrence: 1, optional: true }),
    q("Two months and not one answer. Not from Washington, not from Port of Spain", "Sharon Ramkissoon", "Ramkissoon"),
    q("Kevon went out to fish. That is what he did every week of his life.", "Sharon Ramkissoon", "Ramkissoon"),
    q(
      "Each time they tell me they are 'engaging with our partners.' Engaging. What does that mean to a mother?",
      "Sharon Ramkissoon",
      "Ramkissoon",
    ),
    q("engaging with our partners.", "Ministry of Foreign and CARICOM Affairs", "Ministry of Foreign and CARICOM Affairs", { optional: true }),
    q("We have no body to bury", "Natasha Alexis-Forde", "Natasha Alexis-Forde"),
    q("We have a picture and a lot of rumours.", "Natasha Alexis-Forde", "Natasha Alexis-Forde"),
    { text: "double tap", speaker: null, speakerAsWritten: null, scare: true },
    q("If they could do that to two men holding on to a piece of wood, what did they do to my son?", "Sharon Ramkissoon", "Ramkissoon"),
    q("will not be lectured", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("never lost a child to the drug trade.", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("cruel", "Wendell Lutchmansingh", "Wendell Lutchmansingh"),
    q("These are our citizens. The Prime Minister should be the first one asking for answers, not the last", "Wendell Lutchmansingh", "Wendell Lutchmansingh"),
    q(
      "The United States extends its sympathy to all families who have lost loved ones. Operations in the region are directed against designated narco-terrorist organisations that threaten the security of the United States and of our partners, including Trinidad and Tobago.",
      "US Embassy in Port of Spain",
      "US Embassy in Port of Spain",
    ),
    q("By the time we heard about it, it was over", null, null),
    q("Everybody frightened", "Arjoon Persad", "Persad"),
    q("A man can't make a living looking over his shoulder.", "Arjoon Persad", "Persad"),
  ],
  mentions: {
    "Southern Gazette": ["Southern Gazette"],
    "United States": ["US", "United States", "Washington"],
    "US Congress": ["US Congress"],
    Venezuela: ["Venezuela"],
    "Sharon Ramkissoon": ["Sharon Ramkissoon", "Ramkissoon"],
    "Kevon Ramkissoon": ["Kevon Ramkissoon", "Kevon"],
    "Jerome Alexis": ["Jerome Alexis"],
    "Natasha Alexis-Forde": ["Natasha Alexis-Forde"],
    "Trinidad and Tobago": ["Port of Spain", "Trinidad and Tobago"],
    "Ministry of Foreign and CARICOM Affairs": ["Ministry of Foreign and CARICOM Affairs"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar"],
    "Trinidad and Tobago House of Representatives": ["House of Representatives"],
    "Wendell Lutchmansingh": ["Wendell Lutchmansingh"],
    "US Embassy in Port of Spain": ["US Embassy in Port of Spain"],
    "Trinidad and Tobago Coast Guard": ["Trinidad and Tobago Coast Guard", "TTCG"],
    "US Department of Defense": ["Pentagon"],
    "Arjoon Persad": ["Arjoon Persad", "Persad"],
    "Carenage Fishing Cooperative": ["Carenage Fishing Cooperative"],
  },
  optionalMentions: {
    "Southern Gazette": ["SOUTHERN GAZETTE"],
    "Trinidad and Tobago": ["Trinidadians", "Trinidadian"],
    "United States": ["American"],
    "Shivanie Rampersaud-Boyce": ["Shivanie Rampersaud-Boyce"],
    "Keston Mark-Lewis": ["Keston Mark-Lewis"],
  },
  // The embassy's location, not the government of Trinidad and Tobago.
  figures: [
    { text: "two Trinidadians", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "two survivors", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "two men", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "at least 95 people", value: 95, kind: "killed", qualifier: "at least" },
    { text: "25 strikes", value: 25, kind: "strikes", qualifier: null },
  ],
  dates: {
    "Tuesday, December 16, 2025": { date: "2025-12-16", precision: "day" },
    "Sunday evening": { date: "2025-12-14", precision: "day" },
    Sunday: { date: "2025-12-14", precision: "day" },
    October: { date: "2025-10", precision: "month" },
    "October 14": { date: "2025-10-14", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "last month": { date: "2025-11", precision: "month" },
    "last week": { date: "2025-12-08", precision: "week" },
    yesterday: { date: "2025-12-15", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "December 20": { date: "2025-12-20", precision: "day" },
  },
};
export default labels;
