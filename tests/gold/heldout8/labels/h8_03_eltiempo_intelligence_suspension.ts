import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * El Tiempo English edition, news analysis from Bogotá: deck line, desk byline,
 * embedded X post signed "— Name (@handle), date", caps subheads, the paper as
 * "EL TIEMPO"/"this newspaper", an anonymous Navy officer (null speaker, two
 * quotes), "the diplomatic mission said" (embassy), "the minister", "she
 * explained", two Congresses (US named in full, Colombia's bare), Washington/
 * London as governments, Bogotá only as a place.
 */
const labels: ArticleLabels = {
  id: "h8_03_eltiempo_intelligence_suspension",
  file: "tests/gold/heldout8/articles/h8_03_eltiempo_intelligence_suspension.txt",
  outlet: "El Tiempo",
  published: "2025-11-12",
  invented: true,
  quotes: [
    q("I order all levels of the intelligence of the public force to suspend the sending of communications and other dealings with US security agencies. Such a measure will be maintained as long as the missile attack on boats in the Caribbean continues. The fight against drugs must be subordinated to the human rights of the Caribbean people.", "Gustavo Petro", "Gustavo Petro"),
    q("Petro has just handed a gift to the cartels. The Colombian people deserve a president who stands with the DEA, not with the narcos", "Bernie Moreno", "Moreno"),
    q("Colombia is not going to stop fighting drug trafficking, not for a single day. What the president has ordered is that our intelligence not be used for attacks that end with people dead at sea", "Pedro Sánchez", "Sánchez"),
    q("Cooperation with the DEA, with extradition, with the seizure of cocaine, that continues", "Pedro Sánchez", "Sánchez"),
    q("will comply with the orders of the commander in chief", "Óscar Mauricio Pinzón", "Óscar Mauricio Pinzón"),
    q("are being reviewed", "Óscar Mauricio Pinzón", "Óscar Mauricio Pinzón"),
    q("leaves us blind in areas where we depended on US radars and aircraft.", null, null),
    q("They give us far more than we give them. Today we lost more than they did.", null, null),
    q("The Navy will continue to do its job in the Caribbean and in the Pacific with the resources it has", "Camilo Ruiz Barrera", "Camilo Ruiz Barrera"),
    q("The United States values its long partnership with the Colombian people and its security forces. We will continue to work with our Colombian counterparts against the criminal organizations that threaten both our nations", "US Embassy in Bogotá", "United States Embassy in Bogotá"),
    q("In practice, intelligence flows through dozens of channels that do not depend on a tweet. But the message to the Americans is that Colombia is no longer a reliable partner, and that is going to cost us", "Germán Ardila Cortés", "Ardila"),
    q("If Colombian intelligence helps to locate a boat that is later destroyed and there is a fisherman inside, the Colombian State can be accused of complicity in an extrajudicial execution", "Lucía Bermúdez", "Lucía Bermúdez"),
    q("The president is covering himself, and covering the institutions.", "Lucía Bermúdez", "Lucía Bermúdez"),
    q("an act of irresponsibility that plays into the hands of the armed groups", "Tatiana Montoya Quintero", "Tatiana Montoya Quintero"),
    q("illegal drug leader.", "Donald Trump", "Donald Trump"),
    q("We will keep doing what we have to do to protect the United States", "Marco Rubio", "Marco Rubio"),
  ],
  mentions: {
    "Gustavo Petro": ["Gustavo Petro", "Petro", "@petrogustavo"],
    "United States": ["United States", "US", "Washington"],
    "Ministry of National Defence": ["Ministry of Defense"],
    "Bernie Moreno": ["Bernie Moreno", "Moreno"],
    "US Congress": ["United States Congress"],
    "Drug Enforcement Administration": ["DEA"],
    "Pedro Sánchez": ["Pedro Sánchez", "Sánchez"],
    Colombia: ["Colombia"],
    "United Kingdom": ["United Kingdom", "London"],
    "Military Forces of Colombia": ["Military Forces"],
    "Óscar Mauricio Pinzón": ["Óscar Mauricio Pinzón"],
    "Colombian Navy": ["Colombian Navy", "Navy"],
    "El Tiempo": ["EL TIEMPO"],
    "Camilo Ruiz Barrera": ["Camilo Ruiz Barrera"],
    "US Embassy in Bogotá": ["United States Embassy in Bogotá"],
    "US Department of Defense": ["Department of War"],
    "Germán Ardila Cortés": ["Germán Ardila Cortés", "Ardila"],
    "Lucía Bermúdez": ["Lucía Bermúdez"],
    "Universidad de los Andes": ["Universidad de los Andes"],
    "Congress of Colombia": ["Congress"],
    "Tatiana Montoya Quintero": ["Tatiana Montoya Quintero"],
    "US Treasury Department": ["Treasury Department"],
    "Donald Trump": ["Donald Trump"],
    "Marco Rubio": ["Marco Rubio"],
    "Group of Seven": ["G7"],
    Canada: ["Canada"],
  },
  optionalMentions: {
    X: ["X"],
    "Republican Party": ["Republican"],
    Colombia: ["Colombian", "Colombian State"],
    "United States": ["Americans"],
    "Pacto Histórico": ["Pacto Histórico"],
  },
  figures: [
    { text: "at least 19 attacks", value: 19, kind: "strikes", qualifier: "at least" },
    { text: "at least 76 people", value: 76, kind: "killed", qualifier: "at least" },
    { text: "At least two", value: 2, kind: "killed", qualifier: "at least", optional: true },
  ],
  dates: {
    "November 12, 2025": { date: "2025-11-12", precision: "day" },
    Tuesday: { date: "2025-11-11", precision: "day" },
    "November 11, 2025": { date: "2025-11-11", precision: "day" },
    Wednesday: { date: "2025-11-12", precision: "day" },
    January: { date: "2025-01", precision: "month" },
    Today: { date: "2025-11-12", precision: "day", optional: true },
    "the beginning of September": { date: "2025-09", precision: "month" },
    "2018": { date: "2018", precision: "year" },
    "2020": { date: "2020", precision: "year" },
    "last month": { date: "2025-10", precision: "month" },
    September: { date: "2025-09", precision: "month" },
  },
};
export default labels;
