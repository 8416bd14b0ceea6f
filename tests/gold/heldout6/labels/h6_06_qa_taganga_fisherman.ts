import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Podcast Q&A with the sister of a Colombian fisherman killed in a strike,
 * obituary-like intro: headline quote (optional), unmarked NAME: transcript
 * lines (optional, the host is named), recollected dialogue inside an answer
 * (optional), "in an interview with Caracol Radio", "she said in it" after a
 * voice message, three Pabóns, an unnamed State Department spokesperson,
 * "last Tuesday" on a Monday, pesos/ages/members as distractors.
 */
const labels: ArticleLabels = {
  id: "h6_06_qa_taganga_fisherman",
  file: "tests/gold/heldout6/articles/h6_06_qa_taganga_fisherman.txt",
  outlet: "The Tide Line Podcast",
  published: "2025-11-03",
  invented: true,
  quotes: [
    q("He went out for snapper", "Yaneth Pabón", "Yaneth Pabón", { optional: true }),
    q("affiliated with a Designated Terrorist Organization", "Pete Hegseth", "Pete Hegseth"),
    q("trafficking narcotics.", "Pete Hegseth", "Pete Hegseth"),
    q("a murder", "Gustavo Petro", "Gustavo Petro"),
    q("take every name to international courts.", "Armando Benedetti", "Armando Benedetti"),
    // Transcript lines: speech, but not inside quote marks.
    q("When did you last speak to Wilmer?", "Camila Restrepo", "CAMILA RESTREPO", { optional: true }),
    q(
      'On the Sunday before. He came to eat at my house. He said, "Sister, there is snapper running near La Guajira, I will be back Thursday, latest." He said that every time.',
      "Yaneth Pabón",
      "YANETH PABÓN",
      { optional: true },
    ),
    q("Sister, there is snapper running near La Guajira, I will be back Thursday, latest.", "Wilmer Pabón", "Wilmer", { optional: true }),
    q("The Pentagon says the boat was carrying drugs. What do you say to that?", "Camila Restrepo", "RESTREPO", { optional: true }),
    q(
      "I say show me. Show me one photograph. My brother owed 2 million pesos on his motor. Does a drug trafficker owe 2 million pesos?",
      "Yaneth Pabón",
      "PABÓN",
      { optional: true },
    ),
    q("How did you find out?", "Camila Restrepo", "RESTREPO", { optional: true }),
    q(
      "A neighbour's son saw the video on his phone. The one the secretary put on the internet. He recognised the blue stripe on the hull, because Wilmer painted it himself in 2019.",
      "Yaneth Pabón",
      "PABÓN",
      { optional: true },
    ),
    q("Has anyone from the US government contacted the family?", "Camila Restrepo", "RESTREPO", { optional: true }),
    q(
      "Nobody. The Colombian ombudsman came, a woman, very kind. She wrote everything down. But from Washington, nothing.",
      "Yaneth Pabón",
      "PABÓN",
      { optional: true },
    ),
    q("I am not asking for money", "Yaneth Pabón", "Yaneth Pabón"),
    q("I am asking for his body, and for someone to say his name out loud.", "Yaneth Pabón", "Yaneth Pabón"),
    q("He fished, he drank a little on Sundays, he paid his debts late", "Kevin Pabón", "Kevin Pabón"),
    q("That is the whole file.", "Kevin Pabón", "Kevin Pabón"),
    q("does not comment on individual operations", "US State Department", "State Department"),
    q("We are afraid of the sea for the first time", "Efraín Manjarrés", "Manjarrés"),
  ],
  mentions: {
    "United States": ["US", "Washington"],
    "Wilmer Pabón": ["Wilmer Pabón", "Wilmer", "Pabón"],
    "Yaneth Pabón": ["Yaneth Pabón"],
    "Kevin Pabón": ["Kevin Pabón"],
    Colombia: ["Colombia"],
    Venezuela: ["Venezuela"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Colombian Ombudsman's Office": ["Colombia's Ombudsman's Office"],
    "Caracol Radio": ["Caracol Radio"],
    "Armando Benedetti": ["Armando Benedetti"],
    "Camila Restrepo": ["Camila Restrepo"],
    "US State Department": ["State Department"],
    "Efraín Manjarrés": ["Efraín Manjarrés", "Manjarrés"],
  },
  optionalMentions: {
    "The Tide Line Podcast": ["THE TIDE LINE PODCAST"],
    "Camila Restrepo": ["CAMILA RESTREPO", "RESTREPO"],
    "Yaneth Pabón": ["YANETH PABÓN", "PABÓN"],
    "Colombian Ombudsman's Office": ["Colombian ombudsman"],
    Colombia: ["Colombian"],
  },
  figures: [
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "at least 15 strikes", value: 15, kind: "strikes", qualifier: "at least" },
    { text: "at least 64 deaths", value: 64, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "mid-October": { date: "2025-10", precision: "month" },
    "Oct. 14": { date: "2025-10-14", precision: "day" },
    "last week": { date: "2025-10-27", precision: "week" },
    Friday: { date: "2025-10-31", precision: "day" },
    Saturday: { date: "2025-11-01", precision: "day" },
    // Narrative-relative: the Sunday before he sailed, back "Thursday" of that week.
    "the Sunday before": { date: "2025-10-12", precision: "day", optional: true },
    Thursday: { date: "2025-10-16", precision: "day", optional: true },
    "2019": { date: "2019", precision: "year" },
    "last Tuesday": { date: "2025-10-28", precision: "day" },
    September: { date: "2025-09", precision: "month" },
  },
};
export default labels;
