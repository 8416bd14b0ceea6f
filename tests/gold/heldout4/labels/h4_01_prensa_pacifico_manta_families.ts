import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Spanish-language agency in literal English translation: « » with the comma
 * outside, "declared to Prensa Pacífico Mrs. …", long titles, "this Sunday",
 * a navy statement read by an unnamed spokesman (the navy speaks), "the
 * institution added", a speaker named in the sentence AFTER her quote, two
 * Alcívars and two Purizacas, a first name alone ("Segundo"), acronyms defined
 * in parentheses, a ministry speaking through "the ministry said:", "in a post
 * on X", distractors (ages, gallons, metres, boats of a fleet, a percentage).
 */
const labels: ArticleLabels = {
  id: "h4_01_prensa_pacifico_manta_families",
  file: "tests/gold/heldout4/articles/h4_01_prensa_pacifico_manta_families.txt",
  outlet: "Prensa Pacífico",
  published: "2025-11-03",
  invented: true,
  quotes: [
    // Deck line: a headline-style fragment.
    q("no record", "Ecuadorian Navy", "Navy of Ecuador", { optional: true, occurrence: 1 }),
    q(
      "We are not asking for money, we are asking for the truth. My son went out to fish for dorado and now they tell us that he was a narcoterrorist",
      "Gladys Zambrano Macías",
      "Gladys Zambrano Macías",
    ),
    q("was being operated by a Designated Terrorist Organization", "Pete Hegseth", "Pete Hegseth"),
    q("three male narco-terrorists", "Pete Hegseth", "Pete Hegseth"),
    q(
      "The institution has no record of any request of search and rescue related to the event of 22 October, and has not received from any foreign authority a list of deceased persons",
      "Ecuadorian Navy",
      "Navy of Ecuador",
    ),
    q("maintains the cooperation with its international partners within the framework of the law", "Ecuadorian Navy", "Navy of Ecuador"),
    q("supports every effort to dismantle the criminal structures that use our sea", "Rocío Benalcázar Ortiz", "Rocío Benalcázar Ortiz"),
    q("the information that the families deserve", "Rocío Benalcázar Ortiz", "Rocío Benalcázar Ortiz"),
    q("Ecuador did not give coordinates. Ecuador did not give names", "Rocío Benalcázar Ortiz", "Rocío Benalcázar Ortiz"),
    q("Ecuador will continue fighting narcoterrorism alongside its allies, on the sea and on the land", "Daniel Noboa", "Noboa"),
    q(
      "The Peruvian State requests from the Government of the United States the identification of the deceased persons and the repatriation of their remains, in accordance with international law",
      "Ministry of Foreign Relations of Peru",
      "Ministry of Foreign Relations of Peru",
    ),
    q("They told him that it was a trip of four days, for tuna. Nothing more", "Rosa Purizaca", "Rosa Purizaca"),
    q("never had problems with anybody", "Rosa Purizaca", "Rosa Purizaca"),
    q("If the Ecuadorian State knew of these operations and kept silent, it is also responsible", "Tatiana Mendoza Loor", "Tatiana Mendoza Loor"),
    q(
      "A fishing boat is not an army. Under no reading of international humanitarian law can fishermen, nor even smugglers, be treated as combatants",
      "Tatiana Mendoza Loor",
      "Mendoza",
    ),
    q("executions", "Gustavo Petro", "Gustavo Petro"),
  ],
  mentions: {
    Ecuador: ["Ecuador"],
    "United States": ["United States", "US", "Washington"],
    Peru: ["Peru"],
    "Prensa Pacífico": ["Prensa Pacífico"],
    "Gladys Zambrano Macías": ["Gladys Zambrano Macías"],
    "Wilmer Alcívar Zambrano": ["Wilmer Alcívar Zambrano"],
    "Jefferson Alcívar Mero": ["Jefferson Alcívar Mero"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Ecuadorian Navy": ["Navy of Ecuador", "Armada del Ecuador"],
    "Rocío Benalcázar Ortiz": ["Rocío Benalcázar Ortiz"],
    "Daniel Noboa": ["Daniel Noboa", "Noboa"],
    "Ministry of Foreign Relations of Peru": ["Ministry of Foreign Relations of Peru"],
    "Rosa Purizaca": ["Rosa Purizaca"],
    "Segundo Purizaca Chunga": ["Segundo Purizaca Chunga", "Segundo"],
    "Permanent Committee for the Defense of Human Rights": ["Permanent Committee for the Defense of Human Rights", "CDH"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights", "IACHR"],
    "Tatiana Mendoza Loor": ["Tatiana Mendoza Loor", "Mendoza"],
    "Attorney General's Office of Ecuador": ["Attorney General's Office of Ecuador", "Fiscalía General del Estado"],
    Colombia: ["Colombia"],
    "Gustavo Petro": ["Gustavo Petro"],
  },
  optionalMentions: {
    Ecuador: ["ECUADOR", "Ecuadorian"],
    "United States": ["UNITED STATES"],
    Peru: ["Peruvian"],
    Colombia: ["Colombian"],
    X: ["X"],
    // The port authority's office, used here as a place.
    "Port Captaincy": ["Port Captaincy"],
  },
  // Datelines are not mentions.
  notMentions: [{ text: "Ecuador", after: "MANTA, " }],
  figures: [
    { text: "three people", value: 3, kind: "killed", qualifier: null },
    { text: "three male narco-terrorists", value: 3, kind: "killed", qualifier: null },
    { text: "at least 15 attacks", value: 15, kind: "strikes", qualifier: "at least" },
    { text: "at least 64 dead", value: 64, kind: "killed", qualifier: "at least" },
    { text: "two people", value: 2, kind: "killed", qualifier: null, after: "began on 21 October" },
  ],
  dates: {
    "3 Nov": { date: "2025-11-03", precision: "day" },
    "this Sunday": { date: "2025-11-02", precision: "day" },
    "22 October": { date: "2025-10-22", precision: "day" },
    "19 October": { date: "2025-10-19", precision: "day" },
    "16 November": { date: "2025-11-16", precision: "day" },
    Thursday: { date: "2025-10-30", precision: "day" },
    "beginning of September": { date: "2025-09", precision: "month" },
    "21 October": { date: "2025-10-21", precision: "day" },
  },
};
export default labels;
