import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Obituary-style profile of a fisherman: the first quote's speaker is named
 * only in the next sentences ("The words are his brother's. Hernán Ospino…"),
 * a quote over three paragraphs (no closing mark at paragraph ends: one item
 * per paragraph), four Ospinos known mostly by first name, a son "Edwin Jr."
 * beside his father "Edwin", a boat named after the wife (not a mention), a
 * quote inside a quote whose apostrophes look like its marks, "the priest
 * told", "in a post on X", an institution speaking ("the Colombian Navy
 * said"). Years in the headline (1983-2025) and ages as distractors.
 */
const labels: ArticleLabels = {
  id: "h4_07_costa_norte_fisherman_profile",
  file: "tests/gold/heldout4/articles/h4_07_costa_norte_fisherman_profile.txt",
  outlet: "Costa Norte Weekly",
  published: "2025-10-12",
  invented: true,
  quotes: [
    q("He knew the sea the way other men know their own street.", "Hernán Ospino", "Hernán Ospino"),
    q(
      "Every time there was a storm, people would come to our mother's door to ask if Edwin was back, because if Edwin was still out, it was serious",
      "Hernán Ospino",
      "Hernán",
    ),
    q("And he was always back. Always. That is why none of us believed it at first.", "Hernán Ospino", "Hernán"),
    q("We thought he was in jail in Venezuela. We prayed he was in jail.", "Hernán Ospino", "Hernán"),
    // Edwin's own words, relayed by the family.
    q("a job on a boat out of La Guajira.", "Edwin Ospino Barrios", "Edwin", { optional: true }),
    q("He said, 'Don't worry, it's just fish,'", "Yaneth Ospino", "Yaneth Ospino"),
    q("Don't worry, it's just fish", "Edwin Ospino Barrios", "Edwin", { optional: true }),
    q("I have thought about that sentence every night since.", "Yaneth Ospino", "Yaneth Ospino"),
    q("narcoterrorists.", "Donald Trump", "Donald Trump"),
    q(
      "a fisherman of Taganga is not a terrorist, he is a Colombian, and Colombia will demand answers.",
      "Gustavo Petro",
      "Gustavo Petro",
    ),
    q(
      "collecting testimonies from the relatives of at least three Colombian nationals",
      "Colombian Ombudsman's Office",
      "Colombian Ombudsman's Office",
    ),
    q("no information", "Colombian Navy", "Colombian Navy"),
    // "The administration says": the government, unnamed.
    q("designated terrorist organisations.", "United States", "United States", { optional: true }),
    q("We are burying an absence", "Álvaro Ríos", "Álvaro Ríos"),
    q("I told him: you stay where you can see the church", "Yaneth Ospino", "Yaneth"),
  ],
  mentions: {
    "Edwin Ospino Barrios": ["Edwin Ospino Barrios", "Edwin"],
    "Edwin Jr.": ["Edwin Jr."],
    "Hernán Ospino": ["Hernán Ospino", "Hernán"],
    "Yaneth Ospino": ["Yaneth Ospino", "Yaneth"],
    "Carmen Barrios de Ospino": ["Carmen Barrios de Ospino"],
    "United States": ["US", "United States", "Washington"],
    Venezuela: ["Venezuela"],
    "Donald Trump": ["Donald Trump"],
    "US Department of Defense": ["Pentagon"],
    Colombia: ["Colombia"],
    "Gustavo Petro": ["Gustavo Petro"],
    "Colombian Ombudsman's Office": ["Colombian Ombudsman's Office"],
    "Dairo Pabón Mendivil": ["Dairo Pabón Mendivil"],
    "Colombian Navy": ["Colombian Navy"],
    "Álvaro Ríos": ["Álvaro Ríos"],
  },
  optionalMentions: {
    // "the Foreign Ministry": Colombia's only from context.
    "Colombian Ministry of Foreign Affairs": ["Foreign Ministry"],
    Colombia: ["Colombian"],
    X: ["X"],
    "Costa Norte Weekly": ["Costa Norte Weekly"],
    "Luz Marina Correa-Dávila": ["Luz Marina Correa-Dávila"],
  },
  // The boat, named after the wife.
  notMentions: [{ text: "Yaneth", after: "wooden launch he named" }],
  figures: [
    { text: "three men", value: 3, kind: "killed", qualifier: null },
    { text: "three people", value: 3, kind: "killed", qualifier: null },
    { text: "at least three Colombian nationals", value: 3, kind: "killed", qualifier: "at least", optional: true },
    { text: "at least four strikes", value: 4, kind: "strikes", qualifier: "at least" },
    { text: "at least 21 people", value: 21, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "1983": { date: "1983", precision: "year" },
    "2025": { date: "2025", precision: "year" },
    "Sept. 19": { date: "2025-09-19", precision: "day" },
    "Sunday, Oct. 12, 2025": { date: "2025-10-12", precision: "day" },
    August: { date: "2025-08", precision: "month" },
    "Sept. 18": { date: "2025-09-18", precision: "day" },
    "The following day": { date: "2025-09-19", precision: "day", optional: true },
    Friday: { date: "2025-10-10", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
  },
};
export default labels;
