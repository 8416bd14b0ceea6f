import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Local Caribbean paper, obituary-style tribute: masthead with a place line
 * (not a mention), headline quote (optional), a quote whose speaker is named
 * after it ("The words are his mother's. Merle Lezama ..."), a brother's
 * quote over three paragraphs (one item per paragraph), three Lezamas (the
 * dead man is "Kelvin"/"Lezama", the others always with first names; "the
 * Lezama family" is not him), a nickname in marks (scare), "the pastor
 * said", a post on X paraphrased with partial quotes, a ministry statement,
 * the Pentagon's labels after "has said only that" (statements), nested
 * quotes inside a recollection (inner ones optional). Published Sunday
 * 26 October 2025: "Friday" is the 24th, "last Sunday" the 19th, "next
 * Friday" the 31st; "Thursday, latest" (said on the 12th) and "That
 * Tuesday" are narrative-relative (optional); so is "Christmas".
 */
const labels: ArticleLabels = {
  id: "h5_08_obituary_moruga_fisherman",
  file: "tests/gold/heldout5/articles/h5_08_obituary_moruga_fisherman.txt",
  outlet: "The Southland Gazette",
  published: "2025-10-26",
  invented: true,
  quotes: [
    q("He could read the sea like a newspaper", "Merle Lezama", "Merle Lezama", { occurrence: 1, optional: true }),
    q(
      "He could read the sea like a newspaper. He knew when the kingfish were running and when the weather was going to turn before the radio did.",
      "Merle Lezama",
      "Merle Lezama",
    ),
    q("Kelvin was not a saint", "Anthony Lezama", "Anthony Lezama"),
    q(
      "He was a fisherman who owed money. When fish is scarce, a man takes work where he finds it. That does not make him a terrorist.",
      "Anthony Lezama",
      "Anthony Lezama",
    ),
    q(
      "If he did something wrong, arrest him. Bring him to court. Let us see the evidence. We would have stood by the law.",
      "Anthony Lezama",
      "Anthony Lezama",
    ),
    q("But nobody asked us anything. They just sent a missile.", "Anthony Lezama", "Anthony Lezama"),
    scare("Shark"),
    q("I keep setting out his plate", "Sherise Ramdass", "Ramdass"),
    q("I know, but I keep doing it.", "Sherise Ramdass", "Ramdass"),
    q("torn in two", "Winston Baptiste", "Winston Baptiste"),
    q("Both can be true", "Winston Baptiste", "Winston Baptiste"),
    q("We can hate the trade and still bury our sons with dignity.", "Winston Baptiste", "Winston Baptiste"),
    q("have brought nothing but blood and misery", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("no sympathy", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("in communication with the relevant United States authorities", "Ministry of Foreign and CARICOM Affairs", "Ministry of Foreign and CARICOM Affairs"),
    q("A Trinidadian citizen was killed and his government cannot even say his name", "Rhonda Gittens-Achong", "Rhonda Gittens-Achong"),
    q("That is a shame on all of us.", "Rhonda Gittens-Achong", "Rhonda Gittens-Achong"),
    q("narco-terrorists", "US Department of Defense", "Pentagon"),
    q("designated terrorist organization.", "US Department of Defense", "Pentagon"),
    q("Thursday, latest.", "Kelvin Lezama", "Kelvin"),
    q("I said, 'Where you going with two engines for a little trip?'", "Anthony Lezama", "Anthony"),
    q("Where you going with two engines for a little trip?", "Anthony Lezama", "Anthony", { occurrence: 1, optional: true }),
    q("He laughed and said, 'Don't study me, boy.'", "Anthony Lezama", "Anthony"),
    q("Don't study me, boy.", "Kelvin Lezama", "Kelvin", { occurrence: 1, optional: true }),
  ],
  mentions: {
    "Kelvin Lezama": ["Kelvin Lezama", "Kelvin", "Lezama"],
    "United States": ["United States", "Washington"],
    Venezuela: ["Venezuela"],
    "Merle Lezama": ["Merle Lezama"],
    "The Southland Gazette": ["Gazette"],
    "Anthony Lezama": ["Anthony Lezama", "Anthony"],
    "Sherise Ramdass": ["Sherise Ramdass", "Ramdass"],
    "Winston Baptiste": ["Winston Baptiste"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar"],
    "Ministry of Foreign and CARICOM Affairs": ["Ministry of Foreign and CARICOM Affairs"],
    "Trinidad and Tobago Coast Guard": ["Trinidad and Tobago Coast Guard", "TTCG"],
    "Rhonda Gittens-Achong": ["Rhonda Gittens-Achong"],
    "US Embassy in Port of Spain": ["US Embassy in Port of Spain"],
    "US Department of Defense": ["Pentagon"],
    "Trinidad and Tobago": ["Trinidad"],
    "Moruga Fishermen's Co-operative": ["Moruga Fishermen's Co-operative"],
  },
  optionalMentions: {
    "The Southland Gazette": ["THE SOUTHLAND GAZETTE"],
    "Candice Ali-Marchand": ["Candice Ali-Marchand"],
    "United States": ["American"],
    Venezuela: ["Venezuelan"],
    "Trinidad and Tobago": ["Trinidadian"],
    X: ["X"],
    "Parliament of Trinidad and Tobago": ["Parliament"],
  },
  notMentions: [{ text: "San Fernando, Trinidad" }, { text: "Lezama family" }],
  figures: [
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "at least 43 people", value: 43, kind: "killed", qualifier: "at least" },
    { text: "10 strikes", value: 10, kind: "strikes", qualifier: null },
    { text: "at least two of the dead", value: 2, kind: "killed", qualifier: "at least", optional: true },
  ],
  dates: {
    "Sunday, October 26, 2025": { date: "2025-10-26", precision: "day" },
    "March 3, 1987": { date: "1987-03-03", precision: "day" },
    "2009": { date: "2009", precision: "year" },
    "Oct. 14": { date: "2025-10-14", precision: "day" },
    Friday: { date: "2025-10-24", precision: "day" },
    Christmas: { date: "2025-12-25", precision: "day", optional: true },
    "2016": { date: "2016", precision: "year" },
    Wednesday: { date: "2025-10-22", precision: "day" },
    "last Sunday": { date: "2025-10-19", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "Oct. 12": { date: "2025-10-12", precision: "day" },
    Thursday: { date: "2025-10-16", precision: "day", optional: true },
    "That Tuesday": { date: "2025-10-14", precision: "day", optional: true },
    "next Friday": { date: "2025-10-31", precision: "day" },
  },
};
export default labels;
