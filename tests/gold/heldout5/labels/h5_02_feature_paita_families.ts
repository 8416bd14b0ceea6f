import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Long feature (about 1,200 words), Peruvian/Ecuadorian eastern-Pacific
 * angle, many people: kicker, headline, deck, byline, photo caption; two
 * Chungas besides the dead son (the mother is "Mrs. Chunga", the cousin
 * always "Segundo Chunga"), the son by first name; a colon intro to a voice
 * message; "Noboa's office said"; a ministry spokeswoman who "told" the
 * magazine; an unnamed Pentagon spokesperson (the department speaks); the
 * Ecuadorian navy as speaker; "the admiral" (no mention); an acronym defined
 * (IACHR) and a new one (ADEPA); "Echoing Petro" without a quote of Petro;
 * UN experts and an anonymous US official (null); a subhead in quote marks
 * (optional); "Congress" here is Peru's; "Lima" as government only in "not
 * Lima". Published Sunday 14 December 2025: "last Sunday" is 7 December,
 * "this week" the week of 8 December; "Four days later"/"Two days later" are
 * relative (optional).
 */
const labels: ArticleLabels = {
  id: "h5_02_feature_paita_families",
  file: "tests/gold/heldout5/articles/h5_02_feature_paita_families.txt",
  outlet: "The Coastline Review",
  published: "2025-12-14",
  invented: true,
  quotes: [
    q("three narco-terrorists", "Pete Hegseth", "Pete Hegseth"),
    q("I knew the colour of that boat", "Rosa Elvira Chunga", "Chunga"),
    q("I knew it the way you know your own kitchen.", "Rosa Elvira Chunga", "Chunga"),
    q("Mamá, don't cry, it is only fish this time.", "Wilmer Chunga Zapata", "Wilmer"),
    // The son's words named again by the writer.
    q("this time", "Wilmer Chunga Zapata", "Wilmer", { after: 'The words "', optional: true }),
    q("Everybody here knows that some of those boats carry something other than fish", "Segundo Chunga", "Segundo Chunga"),
    q("But a boy who loads the fuel is not a cartel boss. You do not kill him with a missile from the sky.", "Segundo Chunga", "Segundo Chunga"),
    q("We pray over a photograph and a shirt", "Aurelio Mendoza", "Aurelio Mendoza"),
    q("The Church does not have a rite for this.", "Aurelio Mendoza", "Aurelio Mendoza"),
    q("requested information through diplomatic channels", "Ministry of Foreign Relations of Peru", "Peru's Ministry of Foreign Affairs"),
    q("We have asked more than once", "Giuliana Paredes Ortiz", "Giuliana Paredes Ortiz"),
    q("We will keep asking.", "Giuliana Paredes Ortiz", "Giuliana Paredes Ortiz"),
    q(
      "does not discuss the identities of individuals killed in strikes against designated terrorist organizations",
      "US Department of Defense",
      "Pentagon",
    ),
    q("positively identified.", "US Department of Defense", "Pentagon"),
    q("They pay in dollars and they pay before you go", "Byron Macías", "Byron Macías"),
    q("That is how you know.", "Byron Macías", "Byron Macías"),
    q("will not be a refuge for narco-terrorism in any form.", "Daniel Noboa", "Noboa"),
    q("no record of debris associated with that event within Ecuadorian jurisdiction.", "Ecuadorian Navy", "Ecuadorian navy"),
    scare("precautionary measures"),
    q("This is the only evidence that exists of how these men died", "Carmen Rosa Huamán", "Carmen Rosa Huamán"),
    q("If it is destroyed, the families lose their last chance at the truth.", "Carmen Rosa Huamán", "Carmen Rosa Huamán"),
    q("The United States says it is at war", "Julio César Yovera", "Julio César Yovera"),
    q("Then let it say with whom. With my members?", "Julio César Yovera", "Julio César Yovera"),
    q("a problem nobody wants to name", "Marleny Purizaca", "Marleny Purizaca"),
    q("I am sorry for the mothers", "Marleny Purizaca", "Marleny Purizaca"),
    q("But the boys knew.", "Marleny Purizaca", "Marleny Purizaca"),
    // Subhead: her words, before she says them.
    q("NO ONE TOLD US ANYTHING", "Rosa Elvira Chunga", "Chunga", { optional: true }),
    q("a death penalty without a trial and without a name.", "Digna Calle Reto", "Digna Calle Reto"),
    q("extrajudicial executions.", null, null),
    q("multiple intelligence streams", null, null),
    q("Nobody is pressing a button on a fishing boat", null, null),
    q("No one told us anything", "Rosa Elvira Chunga", "Chunga"),
    q("Not the Americans, not Ecuador, not Lima. The sea told me. The sea and a video on a telephone.", "Rosa Elvira Chunga", "Chunga"),
  ],
  mentions: {
    Peru: ["Peru"],
    "United States": ["U.S.", "United States", "Washington"],
    "Rosa Elvira Chunga": ["Rosa Elvira Chunga", "Chunga"],
    "Wilmer Chunga Zapata": ["Wilmer Chunga Zapata", "Wilmer"],
    "Segundo Chunga": ["Segundo Chunga"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Aurelio Mendoza": ["Aurelio Mendoza"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Ministry of Foreign Relations of Peru": ["Peru's Ministry of Foreign Affairs"],
    "Giuliana Paredes Ortiz": ["Giuliana Paredes Ortiz"],
    "The Coastline Review": ["The Coastline Review"],
    "US Embassy in Lima": ["U.S. Embassy in Lima"],
    "US Southern Command": ["U.S. Southern Command", "Southcom"],
    "Alvin Holsey": ["Alvin Holsey"],
    "Byron Macías": ["Byron Macías"],
    Ecuador: ["Ecuador"],
    "Daniel Noboa": ["Daniel Noboa", "Noboa"],
    "Ecuadorian Navy": ["Ecuadorian navy"],
    "Carmen Rosa Huamán": ["Carmen Rosa Huamán", "Huamán"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights", "IACHR"],
    "Association for the Rights of Artisanal Fishers": ["Association for the Rights of Artisanal Fishers", "ADEPA"],
    "Julio César Yovera": ["Julio César Yovera"],
    "Marleny Purizaca": ["Marleny Purizaca"],
    "Digna Calle Reto": ["Digna Calle Reto"],
    "Congress of the Republic of Peru": ["Congress"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "United Nations": ["United Nations", "U.N."],
    "Volker Türk": ["Volker Türk"],
  },
  optionalMentions: {
    Peru: ["Peruvian", "Lima"],
    Ecuador: ["Ecuadorian"],
    Colombia: ["Colombian"],
    Mexico: ["Mexican"],
    "United States": ["Americans"],
    X: ["X"],
    "Catholic Church": ["Church"],
    "Ministry of Foreign Relations of Peru": ["Foreign Ministry"],
    "Lucía Ferrand-Okoye": ["Lucía Ferrand-Okoye"],
    "Tomás Ñique": ["Tomás Ñique"],
  },
  notMentions: [{ text: "PAITA, Peru" }, { text: "In Lima" }],
  figures: [
    { text: "three narco-terrorists", value: 3, kind: "killed", qualifier: null },
    { text: "two brothers", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "four people", value: 4, kind: "killed", qualifier: null },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
    { text: "three people", value: 3, kind: "survivors", qualifier: null },
    { text: "two men", value: 2, kind: "survivors", qualifier: null },
  ],
  dates: {
    "Sunday, December 14, 2025": { date: "2025-12-14", precision: "day" },
    October: { date: "2025-10", precision: "month" },
    "Dec. 6": { date: "2025-12-06", precision: "day" },
    "Oct. 18": { date: "2025-10-18", precision: "day" },
    "Four days later": { date: "2025-10-22", precision: "day", optional: true },
    "Oct. 22": { date: "2025-10-22", precision: "day" },
    "1998": { date: "1998", precision: "year" },
    September: { date: "2025-09", precision: "month" },
    "Oct. 29": { date: "2025-10-29", precision: "day" },
    "early November": { date: "2025-11", precision: "month" },
    "last week": { date: "2025-12-01", precision: "week" },
    "this week": { date: "2025-12-08", precision: "week" },
    "Oct. 27": { date: "2025-10-27", precision: "day" },
    "Nov. 16": { date: "2025-11-16", precision: "day" },
    "Dec. 3": { date: "2025-12-03", precision: "day" },
    "last Sunday": { date: "2025-12-07", precision: "day" },
    "Two days later": { date: "2025-12-09", precision: "day", optional: true },
  },
};
export default labels;
