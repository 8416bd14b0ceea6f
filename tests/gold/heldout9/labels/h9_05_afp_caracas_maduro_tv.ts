import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * AFP from Caracas on Maduro's televised address: "Caracas (AFP) -" dateline
 * (not a mention), unaccented "Nicolas Maduro"/"Yvan Gil", AFP "- subhead -"
 * lines, Caracas both as the government ("Caracas 'categorically rejects'")
 * and as a place, "<Country>'s <airline>" as one mention, an acronym defined
 * in parentheses (INAC), a chanting crowd (null), staff sign-off codes.
 */
const labels: ArticleLabels = {
  id: "h9_05_afp_caracas_maduro_tv",
  file: "tests/gold/heldout9/articles/h9_05_afp_caracas_maduro_tv.txt",
  outlet: "AFP",
  published: "2025-11-25",
  invented: true,
  quotes: [
    scare("terrorist", { occurrence: 1 }),
    q("will not be a colony", "Nicolás Maduro", "Maduro", { occurrence: 1, optional: true }),
    q("a fairy tale", "Nicolás Maduro", "Nicolas Maduro"),
    q("They say there is a Cartel de los Soles. Where is it? Show me the headquarters, show me the boss", "Nicolás Maduro", "Maduro"),
    q("The only cartel here is the one that wants our oil.", "Nicolás Maduro", "Maduro"),
    q("This is a ridiculous, infamous and vile lie", "Yván Gil", "Yvan Gil"),
    q("categorically rejects", "Yván Gil", "Yvan Gil"),
    q("the lord of war and death.", "Nicolás Maduro", "Maduro"),
    q("Marco Rubio wants to put Venezuelan blood on the table of his masters", "Nicolás Maduro", "Maduro"),
    q("He will fail. Venezuela will not be a colony of anyone, not now, not ever.", "Nicolás Maduro", "Maduro"),
    // "Maduro's government says the strikes amount to …": the government, named through Maduro.
    q("extrajudicial executions", "Venezuela", "Maduro", { optional: true }),
    q("potentially hazardous situation", "Federal Aviation Administration", "US Federal Aviation Administration"),
    q("heightened military activity.", "Federal Aviation Administration", "US Federal Aviation Administration"),
    q("joined the actions of state terrorism promoted by the government of the United States.", "National Institute of Civil Aeronautics", "INAC"),
    q("I have been trying to get to Madrid for my daughter's wedding since Saturday", "Carmen Elena Rondón", "Carmen Elena Rondón"),
    q("Now they tell me maybe Wednesday, maybe never.", "Carmen Elena Rondón", "Carmen Elena Rondón"),
    // Subhead.
    q("Face to face", "Nicolás Maduro", "Maduro", { optional: true }),
    q("face to face", "Nicolás Maduro", "Maduro"),
    q("may be talking", "Donald Trump", "Trump"),
    q("Yes to peace, no to war! Yes to peace, no to war!", null, null),
    q("have known for years.", "María Corina Machado", "Maria Corina Machado"),
    q("The regime is the cartel. The world now calls it by its name", "María Corina Machado", "Machado"),
    q("Maduro is performing strength for his base, but the message underneath is that he wants a negotiation", "Mariana Echenagucia", "Mariana Echenagucia"),
    q("Every speech now ends with an open door.", "Mariana Echenagucia", "Mariana Echenagucia"),
  ],
  mentions: {
    "Nicolás Maduro": ["Nicolas Maduro", "Maduro"],
    "United States": ["US", "Washington", "United States"],
    Venezuela: ["Venezuela", "Caracas"],
    "Cartel de los Soles": ["Cartel de los Soles"],
    "US State Department": ["US State Department"],
    "Yván Gil": ["Yvan Gil"],
    VTV: ["VTV"],
    "Marco Rubio": ["Marco Rubio"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "National Institute of Civil Aeronautics": ["Venezuela's National Institute of Civil Aeronautics", "INAC"],
    Iberia: ["Spain's Iberia"],
    "TAP Air Portugal": ["Portugal's TAP"],
    Avianca: ["Colombia's Avianca"],
    "LATAM Airlines": ["Chile's LATAM"],
    "Gol Linhas Aéreas": ["Brazil's Gol"],
    "Turkish Airlines": ["Turkish Airlines"],
    "Federal Aviation Administration": ["US Federal Aviation Administration"],
    "Carmen Elena Rondón": ["Carmen Elena Rondón"],
    "María Corina Machado": ["Maria Corina Machado", "Machado"],
    "Mariana Echenagucia": ["Mariana Echenagucia"],
    "Central University of Venezuela": ["Central University of Venezuela"],
  },
  optionalMentions: {
    // Agency credit in the dateline and "she told AFP".
    AFP: ["AFP"],
    Venezuela: ["Venezuelan", "Venezuelans"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    X: ["X"],
  },
  notMentions: [
    // Dateline, destination and airport location.
    { text: "Caracas", occurrence: 1 },
    { text: "Caracas", after: "halted flights to " },
    { text: "Caracas", after: "International Airport outside " },
  ],
  figures: [
    { text: "more than 20 boats", value: 20, kind: "vessels", qualifier: "more than" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    Monday: { date: "2025-11-24", precision: "day" },
    "2013": { date: "2013", precision: "year" },
    "last week": { date: "2025-11-17", precision: "week" },
    "early September": { date: "2025-09", precision: "month" },
    Friday: { date: "2025-11-21", precision: "day" },
    Saturday: { date: "2025-11-22", precision: "day" },
    // Said on Monday about a hoped-for flight: the coming Wednesday.
    Wednesday: { date: "2025-11-26", precision: "day", optional: true },
    "this year": { date: "2025", precision: "year" },
    January: { date: "2025-01", precision: "month" },
  },
};
export default labels;
