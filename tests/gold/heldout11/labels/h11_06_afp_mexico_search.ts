import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * AFP wire story from Mexico City: "Mexico City (AFP) -" dateline (not a
 * mention), "- Subhead -" dashes, "the navy said in a statement" (Mexico's
 * navy, also called Semar), "The leftist leader said", quoted purpose clause
 * ("to 'demand that…'"), "told AFP", "wrote on X", miles/km/hours/troops as
 * distractors.
 */
const labels: ArticleLabels = {
  id: "h11_06_afp_mexico_search",
  file: "tests/gold/heldout11/articles/h11_06_afp_mexico_search.txt",
  outlet: "AFP",
  published: "2025-10-29",
  invented: true,
  quotes: [
    q("All protocols were activated, but despite the efforts made, it was not possible to locate the person", "Mexican Navy", "navy"),
    q("We do not agree with these attacks, with how they are being carried out", "Claudia Sheinbaum", "Sheinbaum"),
    q("But if there is a human life at stake in waters where Mexico has responsibility, our navy goes out, whoever that person is.", "Claudia Sheinbaum", "Sheinbaum"),
    q("demand that international law and maritime conventions be respected.", "Claudia Sheinbaum", "Sheinbaum"),
    q("in the coming days", "Juan Ramón de la Fuente", "De la Fuente"),
    q("any military action on our territory.", "Juan Ramón de la Fuente", "De la Fuente"),
    // Subhead echoing the Pentagon's term.
    { text: "Narco-terrorists", speaker: null, speakerAsWritten: null, scare: true, optional: true },
    // "which it says targeted": the Pentagon's word, or a scare quote.
    q("narco-terrorists", "US Department of Defense", "Pentagon", { occurrence: 1, optional: true }),
    q("The four vessels were known by our intelligence apparatus, transiting along known narco-trafficking routes, and carrying narcotics", "Pete Hegseth", "Hegseth"),
    q("lethal kinetic strikes.", "Pete Hegseth", "Hegseth"),
    q("The United States attacks, and then asks Mexico to do the humanitarian work. It is a way of outsourcing responsibility", "Rodrigo Ibarra Cervantes", "Rodrigo Ibarra Cervantes"),
    q("We go out 200, 300 miles for tuna and marlin. We are not traffickers, but from a plane, who knows", "Isidro Navarrete", "Isidro Navarrete"),
    q("OK", "Donald Trump", "Donald Trump"),
    q("Collaboration, yes. Subordination, no. Intervention, never", "Claudia Sheinbaum", "Sheinbaum"),
    q("Instead of defending Mexico's sovereignty from the United States, the government should defend Mexicans from the cartels", "Gabriela Mijangos", "Gabriela Mijangos"),
  ],
  mentions: {
    Mexico: ["Mexico"],
    "Mexican Navy": ["Mexico's navy", "Semar", "Mexican navy"],
    "United States": ["US", "United States", "Washington"],
    "Claudia Sheinbaum": ["Claudia Sheinbaum", "Sheinbaum"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Juan Ramón de la Fuente": ["Juan Ramón de la Fuente", "De la Fuente"],
    "Raymundo Pedro Morales Ángeles": ["Raymundo Pedro Morales"],
    "Ronald Johnson": ["Ronald Johnson"],
    "US Department of Defense": ["Pentagon"],
    AFP: ["AFP"],
    "US Coast Guard": ["US Coast Guard"],
    "National Autonomous University of Mexico": ["National Autonomous University of Mexico", "UNAM"],
    "Rodrigo Ibarra Cervantes": ["Rodrigo Ibarra Cervantes"],
    "Isidro Navarrete": ["Isidro Navarrete"],
    "Donald Trump": ["Donald Trump"],
    "Gabriela Mijangos": ["Gabriela Mijangos"],
    "National Guard of Mexico": ["National Guard"],
    "US Embassy in Mexico City": ["US embassy in Mexico City"],
  },
  optionalMentions: {
    Mexico: ["Mexican", "Mexicans"],
    X: ["X"],
    "National Action Party": ["National Action Party", "PAN"],
  },
  notMentions: [
    // Dateline.
    { text: "Mexico", after: "Mexico City (AFP)" },
    { text: "AFP", occurrence: 1 },
  ],
  figures: [
    { text: "the lone survivor", value: 1, kind: "survivors", qualifier: null, optional: true },
    { text: "four vessels", value: 4, kind: "vessels", qualifier: null, occurrence: 1 },
    { text: "14 people", value: 14, kind: "killed", qualifier: null },
    { text: "one survivor", value: 1, kind: "survivors", qualifier: null, after: "leaving one" },
    { text: "four vessels", value: 4, kind: "vessels", qualifier: null, occurrence: 2, optional: true },
    { text: "at least 57 people", value: 57, kind: "killed", qualifier: "at least" },
    { text: "14 strikes", value: 14, kind: "strikes", qualifier: null },
  ],
  dates: {
    Wednesday: { date: "2025-10-29", precision: "day" },
    Monday: { date: "2025-10-27", precision: "day" },
    Tuesday: { date: "2025-10-28", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "last year": { date: "2024", precision: "year" },
    February: { date: "2025-02", precision: "month" },
    August: { date: "2025-08", precision: "month" },
  },
};
export default labels;
