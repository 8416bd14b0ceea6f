import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Venezuelan state outlet in English (teleSUR-like): very long title with a
 * quoted phrase, long official titles ("the Minister of the Popular Power for
 * Foreign Relations"), epithets as attributions ("the head of state", "the
 * Bolivarian leader", "the parliamentary leader"), three Rodríguezes always
 * with first names, partisan scare quotes ("war on drugs", "Secretary of
 * War"), quoted subheads (optional), "told teleSUR".
 */
const labels: ArticleLabels = {
  id: "h9_08_telesur_assembly_commission",
  file: "tests/gold/heldout9/articles/h9_08_telesur_assembly_commission.txt",
  outlet: "teleSUR",
  published: "2025-12-04",
  invented: true,
  quotes: [
    q("War Crime", "Yván Gil", "Gil", { optional: true }),
    q("the execution of defenseless men in the sea.", "Jorge Rodríguez", "Jorge Rodríguez"),
    q("What happened on September 2 has a name in international law, and that name is war crime", "Jorge Rodríguez", "Jorge Rodríguez"),
    q("They were not combatants. They were men clinging to the remains of a boat, and they were murdered.", "Jorge Rodríguez", "Jorge Rodríguez"),
    q("We are going to name each one of the dead. Washington wants them to be numbers; for us they have mothers, children, a village", "Jorge Rodríguez", "Jorge Rodríguez"),
    scare("war on drugs"),
    // Subhead.
    q("The empire has confessed", "Yván Gil", "Yván Gil", { occurrence: 1, optional: true }),
    q("The empire has confessed. It is no longer Venezuela that says it; it is their own newspapers, their own Congress", "Yván Gil", "Yván Gil"),
    q("We demand that the international community stop looking the other way in the face of these crimes against humanity.", "Yván Gil", "Yván Gil"),
    // The communiqué Venezuela delivered, reported by Gil.
    q("extrajudicial executions", "Venezuela", "Venezuela", { optional: true }),
    q("cannot continue to be silent", "Samuel Moncada", "Samuel Moncada"),
    q("a nuclear power murders fishermen in the Caribbean and calls it self-defense.", "Samuel Moncada", "Samuel Moncada"),
    q("We warned this Council in October. Nobody wanted to listen. Today the bodies speak", "Samuel Moncada", "Moncada"),
    scare("Secretary of War"),
    q("the fog of war", "Pete Hegseth", "Pete Hegseth"),
    // Subhead.
    q("Venezuela will not kneel", "Nicolás Maduro", "Maduro", { occurrence: 1, optional: true }),
    q("an act of dignity of the Venezuelan people", "Nicolás Maduro", "Nicolás Maduro Moros"),
    q("They come with their aircraft carriers, with their lies about a cartel that exists only in the heads of Marco Rubio and his friends in Miami. Venezuela will not kneel!", "Nicolás Maduro", "Nicolás Maduro Moros"),
    q("To the fishermen of Sucre, to the mothers of Güiria, I tell you: this crime will not go unpunished. Sooner or later, there will be justice", "Nicolás Maduro", "Nicolás Maduro Moros"),
    q("the narrative of narco-terrorism fabricated in Washington", "Delcy Rodríguez", "Delcy Rodríguez"),
    q("the oil, the gas and the gold of Venezuela.", "Delcy Rodríguez", "Delcy Rodríguez"),
    q("in perfect civic-military-police fusion.", "Diosdado Cabello", "Diosdado Cabello"),
    q("My husband was a fisherman, not a criminal. He went out to sea to feed his children", "Yusmary Salazar", "Yusmary Salazar"),
    q("I want the world to know his name.", "Yusmary Salazar", "Yusmary Salazar"),
    q("firm solidarity", "Bruno Rodríguez Parrilla", "Bruno Rodríguez Parrilla"),
    q("the criminal escalation of the United States against a sovereign nation of Our America.", "Bruno Rodríguez Parrilla", "Bruno Rodríguez Parrilla"),
    q("finishing off a wounded man is murder in any law of the world.", "Gustavo Petro", "Gustavo Petro"),
  ],
  mentions: {
    "National Assembly of Venezuela": ["Venezuelan National Assembly", "National Assembly", "National Assembly of the Bolivarian Republic of Venezuela"],
    Venezuela: ["Venezuela", "Bolivarian Republic of Venezuela"],
    "United States": ["U.S.", "United States", "Washington"],
    "Yván Gil": ["Yván Gil", "Gil"],
    "Jorge Rodríguez": ["Jorge Rodríguez"],
    "United Nations": ["United Nations"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights"],
    "Donald Trump": ["Donald Trump"],
    "US Congress": ["Congress"],
    "António Guterres": ["António Guterres"],
    "US Southern Command": ["Southern Command"],
    "Samuel Moncada": ["Samuel Moncada", "Moncada"],
    "UN Security Council": ["Security Council"],
    "Pete Hegseth": ["Pete Hegseth"],
    "White House": ["White House"],
    "Nicolás Maduro": ["Nicolás Maduro Moros", "Maduro"],
    "Marco Rubio": ["Marco Rubio"],
    "Delcy Rodríguez": ["Delcy Rodríguez"],
    "Diosdado Cabello": ["Diosdado Cabello"],
    "Bolivarian National Armed Force": ["Bolivarian National Armed Force", "FANB"],
    "Bolivarian National Militia": ["Bolivarian Militia"],
    "Yusmary Salazar": ["Yusmary Salazar"],
    "Luis Alfredo Marcano": ["Luis Alfredo Marcano"],
    teleSUR: ["teleSUR"],
    "Bruno Rodríguez Parrilla": ["Bruno Rodríguez Parrilla"],
    Colombia: ["Colombia"],
    "Gustavo Petro": ["Gustavo Petro"],
    "ALBA-TCP": ["Bolivarian Alliance for the Peoples of Our America", "ALBA-TCP"],
  },
  optionalMentions: {
    Venezuela: ["Venezuelan"],
    Cuba: ["Cuban"],
    X: ["X"],
  },
  figures: [
    { text: "two shipwrecked men", value: 2, kind: "killed", qualifier: null },
    { text: "more than 80 people", value: 80, kind: "killed", qualifier: "more than" },
    { text: "at least 21 attacks", value: 21, kind: "strikes", qualifier: "at least" },
  ],
  dates: {
    "4 December 2025": { date: "2025-12-04", precision: "day" },
    Wednesday: { date: "2025-12-03", precision: "day" },
    "September 2": { date: "2025-09-02", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    October: { date: "2025-10", precision: "month" },
    // Rhetorical, inside a quote whose day is not given.
    Today: { date: "2025-12-04", precision: "day", optional: true },
    "the end of August": { date: "2025-08", precision: "month" },
    "next week": { date: "2025-12-08", precision: "week" },
  },
};
export default labels;
