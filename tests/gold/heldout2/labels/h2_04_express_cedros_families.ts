import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Trinidad Express-style local story: relatives quoted in Creole-inflected
 * English, a nickname in quote marks, place names, "last Sunday", "this
 * morning", a local coast guard whose short name is a US alias.
 */
const labels: ArticleLabels = {
  id: "h2_04_express_cedros_families",
  file: "tests/gold/heldout2/articles/h2_04_express_cedros_families.txt",
  outlet: "Trinidad Express",
  published: "2025-10-21",
  invented: true,
  quotes: [
    // Headline quote with no attribution in the headline.
    q("He was only fishing", null, null, { optional: true }),
    // A nickname, not a statement.
    scare("Dev", { occurrence: 2 }),
    q("He ain't no drug man. He does go out for carite and kingfish since he small", "Savitri Rampersad", "Savitri Rampersad"),
    q("Nobody from Government come and tell we nothing. We hearing everything from Facebook.", "Savitri Rampersad", "Savitri Rampersad"),
    q("Kerwin was saving every cent. Every cent. Now they telling me he is a terrorist?", "Marcia Alleyne-Boodoo", "Marcia Alleyne-Boodoo"),
    q("no information", "Arlene Baptiste-Joseph", "Arlene Baptiste-Joseph"),
    q("Them boys is fishermen from small. Everybody in Bonasse know them", "Shazard Ali", "Ali"),
    q("If they was doing anything wrong, the police here would know.", "Shazard Ali", "Ali"),
    q("Fellas frightened. Nobody want to be the next one on the news", "Shazard Ali", "Ali"),
    // A loaded word inside his paraphrased claim: his word, but debatable.
    q("cheerleading", "Ravindra Singh-Lochan", "Ravindra Singh-Lochan", { optional: true }),
    q("I just want my child body", "Savitri Rampersad", "Savitri Rampersad"),
    q("Let me bury him.", "Savitri Rampersad", "Savitri Rampersad"),
  ],
  mentions: {
    "United States": ["US", "United States", "Washington"],
    Venezuela: ["Venezuela"],
    "Devendra Rampersad": ['Devendra "Dev" Rampersad', "Devendra", "Rampersad"],
    "Kerwin Alleyne": ["Kerwin Alleyne", "Alleyne", "Kerwin"],
    "Savitri Rampersad": ["Savitri Rampersad"],
    "Marcia Alleyne-Boodoo": ["Marcia Alleyne-Boodoo"],
    "US Department of Defense": ["US Department of War", "Pentagon"],
    "Trinidad and Tobago Coast Guard": ["Trinidad and Tobago Coast Guard", "Coast Guard"],
    "Arlene Baptiste-Joseph": ["Arlene Baptiste-Joseph"],
    "Trinidad Express": ["Express"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar"],
    "Ministry of Foreign and CARICOM Affairs": ["Ministry of Foreign and CARICOM Affairs"],
    "Shazard Ali": ["Shazard Ali", "Ali"],
    "Cedros Fisherfolk Association": ["Cedros Fisherfolk Association"],
    "Ravindra Singh-Lochan": ["Ravindra Singh-Lochan"],
  },
  optionalMentions: {
    "Keisha Marajh-Cole": ["KEISHA MARAJH-COLE"],
    "Devendra Rampersad": ["Dev"],
    Venezuela: ["Venezuelan"],
    "US Embassy": ["US Embassy"],
    "Government of Trinidad and Tobago": ["Government"],
    "Parliament of Trinidad and Tobago": ["Parliament"],
    Facebook: ["Facebook"],
  },
  figures: [
    { text: "two Cedros fishermen", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "seven", value: 7, kind: "strikes", qualifier: null },
    { text: "at least 32 people", value: 32, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Tuesday, October 21, 2025": { date: "2025-10-21", precision: "day" },
    "last Sunday": { date: "2025-10-19", precision: "day" },
    "October 13": { date: "2025-10-13", precision: "day" },
    "the next day": { date: "2025-10-14", precision: "day", optional: true },
    "September 2": { date: "2025-09-02", precision: "day" },
    "this morning": { date: "2025-10-21", precision: "day" },
    yesterday: { date: "2025-10-20", precision: "day" },
    Friday: { date: "2025-10-17", precision: "day" },
  },
};
export default labels;
