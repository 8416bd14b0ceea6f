import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Financial Times-style markets piece: UK spelling, ‘single quotes’, no
 * honorifics, "said X, head of Y at Z", standfirst, two-city byline, capitals
 * as place (byline, "Speaking in Caracas", "Caracas-based") vs government,
 * lower-case "state department", "Analysts at Goldman Sachs wrote", prices,
 * percentages and barrels as distractors.
 */
const labels: ArticleLabels = {
  id: "h11_03_ft_caribbean_insurers",
  file: "tests/gold/heldout11/articles/h11_03_ft_caribbean_insurers.txt",
  outlet: "Financial Times",
  published: "2025-11-19",
  invented: true,
  quotes: [
    q("The market is pricing in the possibility of something much bigger than boat strikes", "Fiona Gallacher", "Fiona Gallacher"),
    q("Nobody wants to be the underwriter holding the policy when the first missile hits a port.", "Fiona Gallacher", "Fiona Gallacher"),
    // Adjective inside what "Washington says": scare or Washington's word.
    { text: "narco-terrorist", speaker: null, speakerAsWritten: null, scare: true, optional: true, occurrence: 1 },
    q("remove narco-terrorists from our hemisphere", "Pete Hegseth", "Pete Hegseth"),
    q("peace, not war", "Nicolás Maduro", "Maduro"),
    q("defend itself with everything it has", "Nicolás Maduro", "Maduro"),
    q("I have no sympathy for traffickers", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("The US military should kill them all violently.", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    // "leaders in Barbados and St Vincent and the Grenadines warning": unnamed group of leaders.
    q("a zone of peace", null, null, { optional: true }),
    q("Chevron's cargoes are still moving, but everyone else is looking over their shoulder", "Rodrigo Bastidas", "Rodrigo Bastidas"),
    q("Chinese buyers are demanding bigger discounts because of the risk, and PDVSA has no choice but to give them.", "Rodrigo Bastidas", "Rodrigo Bastidas"),
    q("in full compliance with all applicable laws and sanctions", "Chevron", "Chevron"),
    q("limited", "Goldman Sachs", "Goldman Sachs", { occurrence: 1 }),
    q("could be absorbed", "Goldman Sachs", "Goldman Sachs"),
    q("murder", "Gustavo Petro", "Gustavo Petro", { after: "has called the strikes" }),
    q("The markets can live with noise", "Catalina Ruiz Esguerra", "Catalina Ruiz Esguerra"),
    q("What they cannot price is a complete break between Bogotá and Washington. We are not there, but we are closer than at any time in 30 years.", "Catalina Ruiz Esguerra", "Catalina Ruiz Esguerra"),
    // "Several UN special rapporteurs have described": a statement, by unnamed experts.
    q("extrajudicial executions", null, null, { optional: true }),
    q("If a court or a tribunal ever finds that these were unlawful attacks, the question of who knew and who helped becomes very relevant for insurers and for flag states", "Jonathan Aske", "Jonathan Aske"),
    q("precise and limited to legitimate targets", null, null),
    q("no threat to lawful commerce", null, null),
  ],
  mentions: {
    "United States": ["US", "Washington"],
    Venezuela: ["Venezuela", "Caracas"],
    Colombia: ["Colombia", "Bogotá"],
    "Lloyd's of London": ["Lloyd's of London"],
    "US Department of Defense": ["Pentagon"],
    "Fiona Gallacher": ["Fiona Gallacher"],
    "Donald Trump": ["Trump"],
    "Tren de Aragua": ["Tren de Aragua"],
    "Pete Hegseth": ["Pete Hegseth"],
    "US State Department": ["US state department", "state department"],
    "Cartel de los Soles": ["Cartel de los Soles"],
    "Nicolás Maduro": ["Nicolás Maduro", "Maduro"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar"],
    "Caribbean Community": ["Caricom"],
    Barbados: ["Barbados"],
    "Saint Vincent and the Grenadines": ["St Vincent and the Grenadines"],
    Chevron: ["Chevron"],
    "Rodrigo Bastidas": ["Rodrigo Bastidas"],
    "Petróleos de Venezuela SA": ["PDVSA"],
    "Goldman Sachs": ["Goldman Sachs"],
    "Gustavo Petro": ["Gustavo Petro"],
    "Catalina Ruiz Esguerra": ["Catalina Ruiz Esguerra"],
    Bancolombia: ["Bancolombia"],
    "United Nations": ["UN"],
    "United Kingdom": ["UK"],
    "Jonathan Aske": ["Jonathan Aske"],
  },
  optionalMentions: {
    "Harriet Oduya": ["Harriet Oduya"],
    "Tomás Ferreira": ["Tomás Ferreira"],
    Venezuela: ["Venezuelan"],
    X: ["X"],
    China: ["Chinese"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    // "his defence ministry": Colombia's, lower case and generic.
    "Ministry of National Defence": ["defence ministry"],
  },
  notMentions: [
    // Byline location, and Caracas as a place.
    { text: "Bogotá", occurrence: 1 },
    { text: "Caracas", after: "Speaking in" },
    { text: "Caracas", after: "a Caracas-based" },
  ],
  figures: [
    { text: "at least 21 strikes", value: 21, kind: "strikes", qualifier: "at least" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "last month": { date: "2025-10", precision: "month" },
    "early September": { date: "2025-09", precision: "month" },
    "Last week": { date: "2025-11-10", precision: "week" },
    "last week": { date: "2025-11-10", precision: "week" },
    Sunday: { date: "2025-11-16", precision: "day" },
    "November 24": { date: "2025-11-24", precision: "day" },
    Monday: { date: "2025-11-17", precision: "day" },
    "this month": { date: "2025-11", precision: "month" },
    "this year": { date: "2025", precision: "year" },
  },
};
export default labels;
