import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Dutch public broadcaster's English service on Curaçao/Aruba: "NOS News •"
 * masthead line, ages in parentheses "(52)", present-tense "she says"/"says
 * X of Y", "Van Weel" capitalised without first name, The Hague and Caracas
 * as governments, single-quoted subheads (optional), "told NOS".
 * Curaçao and Aruba are constituent countries of the Kingdom here and are
 * labelled whenever named; Bonaire (a Dutch public body) is optional.
 */
const labels: ArticleLabels = {
  id: "h9_06_nos_curacao_aruba_links",
  file: "tests/gold/heldout9/articles/h9_06_nos_curacao_aruba_links.txt",
  outlet: "NOS",
  published: "2025-11-27",
  invented: true,
  quotes: [
    q("a military aggression", "Venezuela", "Caracas"),
    q("We will not allow our neighbours to become aircraft carriers for the empire", "Diosdado Cabello", "Diosdado Cabello"),
    q("Whoever lends his territory for aggression against Venezuela assumes the consequences.", "Diosdado Cabello", "Cabello"),
    q("regrettable and disproportionate", "Gilmar Pisas", "Gilmar Pisas"),
    q("Curaçao is not a party to any conflict. There are no offensive operations from our island, and the Venezuelan government knows that", "Gilmar Pisas", "Pisas"),
    q("Thousands of families here have relatives on the other side. They are the ones who pay for this.", "Gilmar Pisas", "Pisas"),
    q("A yola is a yola. From the air, how do you tell a fisherman from a smuggler?", "Ramón Martis", "Ramón Martis"),
    q("My sons want me to sell the boat. Maybe they are right.", "Ramón Martis", "Ramón Martis"),
    q("People are buying imported frozen fish because there is no fresh fish. That has never happened here", "Elvira Rosaria", "Elvira Rosaria"),
    // Subhead.
    q("no involvement", "David van Weel", "David van Weel", { occurrence: 1, optional: true }),
    q("no involvement whatsoever", "David van Weel", "David van Weel"),
    q("We have made that very clear to Caracas and to Washington", "David van Weel", "Van Weel"),
    q("The Netherlands has always said that the fight against drug trafficking must take place within the boundaries of international law. We expect that from all our partners, including the United States.", "David van Weel", "Van Weel"),
    q("This is not about Venezuela. It is about the safety of our own citizens on the islands", "Ruben Brekelmans", "Brekelmans"),
    // Subhead.
    q("We want nothing to do with a war", "Mike Eman", "Mike Eman", { occurrence: 1, optional: true }),
    q("contingency plans", "Mike Eman", "Mike Eman"),
    q("We are a small island and a peaceful one. We want nothing to do with a war, and we will do everything to keep it far from our shores", "Mike Eman", "Eman"),
    q("So far we have had a handful of cancellations, mostly from people who misunderstand how far we are from the conflict", "Mireille Kock", "Mireille Kock"),
    q("Our message is simple: Aruba is safe.", "Mireille Kock", "Mireille Kock"),
    q("The cabinet keeps saying we are not involved, but American planes take off from Hato every day", "Merel van der Linden", "Merel van der Linden"),
    q("MPs have a right to know what those planes do and where the information they collect ends up.", "Merel van der Linden", "Merel van der Linden"),
  ],
  mentions: {
    "Curaçao": ["Curaçao"],
    Aruba: ["Aruba"],
    Venezuela: ["Venezuela", "Caracas"],
    "United States": ["United States", "US", "Washington"],
    "Diosdado Cabello": ["Diosdado Cabello", "Cabello"],
    "Gilmar Pisas": ["Gilmar Pisas", "Pisas"],
    "Ramón Martis": ["Ramón Martis"],
    "Elvira Rosaria": ["Elvira Rosaria"],
    "Piskadó Uní": ["Piskadó Uní"],
    Netherlands: ["The Hague", "Netherlands", "Kingdom of the Netherlands"],
    "David van Weel": ["David van Weel", "Van Weel"],
    NOS: ["NOS"],
    "Yván Gil": ["Yván Gil"],
    "Ministry of Defence of the Netherlands": ["Dutch Ministry of Defence"],
    "Ruben Brekelmans": ["Ruben Brekelmans", "Brekelmans"],
    "Mike Eman": ["Mike Eman", "Eman"],
    "Mireille Kock": ["Mireille Kock"],
    "Aruba Hotel and Tourism Association": ["Aruba Hotel and Tourism Association", "AHATA"],
    "House of Representatives of the Netherlands": ["Tweede Kamer"],
    "Merel van der Linden": ["Merel van der Linden"],
    "Zsolt Szabó": ["Zsolt Szabó"],
    "US Consulate General in Willemstad": ["US consulate general in Willemstad"],
  },
  optionalMentions: {
    NOS: ["NOS News"],
    Bonaire: ["Bonaire"],
    Venezuela: ["Venezuelan", "Venezuelans"],
    Netherlands: ["Dutch"],
    "United States": ["American"],
    "Zr.Ms. Groningen": ["Zr.Ms. Groningen"],
    Facebook: ["Facebook"],
    "GroenLinks-PvdA": ["GroenLinks-PvdA"],
  },
  figures: [
    { text: "more than twenty attacks", value: 20, kind: "strikes", qualifier: "more than" },
    { text: "more than 80 people", value: 80, kind: "killed", qualifier: "more than" },
  ],
  dates: {
    "Thursday 27 November 2025": { date: "2025-11-27", precision: "day" },
    Wednesday: { date: "2025-11-26", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    Tuesday: { date: "2025-11-25", precision: "day" },
    "2000": { date: "2000", precision: "year" },
    Monday: { date: "2025-11-24", precision: "day" },
    "next week": { date: "2025-12-01", precision: "week" },
  },
};
export default labels;
