import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Ecuadorian daily's English summary of a Spanish report (literal
 * translation): "this Wednesday", speaker after the quote ("stated the
 * prosecutor", "indicated the official", "pointed out the leader", "he
 * expressed"), "The woman added", institutions as speakers (Southcom via X,
 * Attorney General's Office, Navy of Ecuador), Spanish double surnames.
 */
const labels: ArticleLabels = {
  id: "h10_07_universo_manta_families",
  file: "tests/gold/heldout10/articles/h10_07_universo_manta_families.txt",
  outlet: "El Universo",
  published: "2025-12-18",
  invented: true,
  quotes: [
    q("operated by Designated Terrorist Organizations", "US Southern Command", "United States Southern Command"),
    q("transiting along known narco-trafficking routes.", "US Southern Command", "United States Southern Command"),
    q("My son left on Saturday with two companions to fish for dorado. He called me on Sunday at night and said that they were well. Since then, nothing", "María Auxiliadora Pico Mendoza", "María Auxiliadora Pico Mendoza"),
    q("is not a criminal", "María Auxiliadora Pico Mendoza", "María Auxiliadora Pico Mendoza"),
    q("the only thing he carries in the boat is ice and bait.", "María Auxiliadora Pico Mendoza", "María Auxiliadora Pico Mendoza"),
    q("to establish the whereabouts of the citizens and the circumstances of their disappearance.", "Attorney General's Office of Ecuador", "Attorney General's Office of Ecuador"),
    q("For now we cannot affirm that these fishermen were on the vessels that were attacked. It is a hypothesis that we are going to investigate with all seriousness", "Galo Intriago Cevallos", "Galo Intriago Cevallos"),
    q("attentive to any requirement of the families.", "Ecuadorian Navy", "Navy of Ecuador"),
    q("Ecuador will not be a refuge for narco-terrorists", "Daniel Noboa", "Daniel Noboa"),
    q("all the allies that want to fight the mafias.", "Daniel Noboa", "Daniel Noboa"),
    q("no information", "John Reimberg", "John Reimberg"),
    q("We are going to verify everything, but I ask for calm. Not every boat that goes out is a fishing boat", "John Reimberg", "John Reimberg"),
    q("Our compañeros no longer want to go beyond 40 miles. They say that out there anything can happen and nobody is going to answer for you", "Narcisa Zambrano Loor", "Narcisa Zambrano Loor"),
    q("a list with the names of the dead.", "Narcisa Zambrano Loor", "Narcisa Zambrano Loor"),
    q("the absolute defenselessness", "Billy Navarrete", "Billy Navarrete"),
    q("The State has the obligation to demand information. It cannot be that Ecuadorian families find out from a video on social networks that their sons could be dead", "Billy Navarrete", "Billy Navarrete"),
  ],
  mentions: {
    "United States": ["United States", "US", "Washington"],
    "Attorney General's Office of Ecuador": ["Attorney General's Office of Ecuador", "Attorney General's Office"],
    "US Southern Command": ["United States Southern Command", "Southcom"],
    "María Auxiliadora Pico Mendoza": ["María Auxiliadora Pico Mendoza"],
    "Jhonny Alberto Mero Pico": ["Jhonny Alberto Mero Pico"],
    "Galo Intriago Cevallos": ["Galo Intriago Cevallos"],
    "Ecuadorian Navy": ["Armada del Ecuador", "Navy of Ecuador"],
    "Ministry of Foreign Affairs and Human Mobility": ["Foreign Ministry"],
    "Daniel Noboa": ["Daniel Noboa"],
    Ecuador: ["Ecuador"],
    "John Reimberg": ["John Reimberg"],
    "Federation of Artisanal Fishing Cooperatives of Manabí": ["Federation of Artisanal Fishing Cooperatives of Manabí"],
    "Narcisa Zambrano Loor": ["Narcisa Zambrano Loor"],
    "Andrés Fernando Tufiño": ["Andrés Fernando Tufiño"],
    "Billy Navarrete": ["Billy Navarrete"],
    "Permanent Committee for the Defense of Human Rights": ["Permanent Committee for the Defense of Human Rights", "CDH"],
  },
  optionalMentions: {
    X: ["X"],
    Ecuador: ["Ecuadorian"],
    "Virgen del Cisne": ["Virgen del Cisne"],
  },
  figures: [
    { text: "three vessels", value: 3, kind: "vessels", qualifier: null },
    { text: "eight people", value: 8, kind: "killed", qualifier: null },
    { text: "at least 25 attacks", value: 25, kind: "strikes", qualifier: "at least" },
    { text: "at least 95 dead", value: 95, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "December 18, 2025": { date: "2025-12-18", precision: "day" },
    "this Wednesday": { date: "2025-12-17", precision: "day" },
    "this Monday": { date: "2025-12-15", precision: "day" },
    Saturday: { date: "2025-12-13", precision: "day" },
    Sunday: { date: "2025-12-14", precision: "day" },
    Wednesday: { date: "2025-12-17", precision: "day" },
    Monday: { date: "2025-12-15", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    Tuesday: { date: "2025-12-16", precision: "day" },
    October: { date: "2025-10", precision: "month" },
  },
};
export default labels;
