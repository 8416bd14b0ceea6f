import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Colombian magazine's English edition (Semana-style, translated): headline
 * quote, long titles instead of names ("wrote the head of state", "the
 * foreign minister assured", "said the business leader", "the president
 * wrote"), Washington as the posting of an ambassador (not a mention) vs the
 * government, AmCham Colombia, "decertified" as a scare quote.
 */
const labels: ArticleLabels = {
  id: "h11_04_semana_petro_trump_aid",
  file: "tests/gold/heldout11/articles/h11_04_semana_petro_trump_aid.txt",
  outlet: "Semana",
  published: "2025-10-20",
  invented: true,
  quotes: [
    q("I am not a drug leader", "Gustavo Petro", "Petro", { optional: true }),
    q("illegal drug leader", "Donald Trump", "Donald Trump"),
    q("I am not a businessman, much less a drug trafficker. My only asset is my house, which I am still paying off with my salary", "Gustavo Petro", "Gustavo Petro"),
    q("Trump is rude and ignorant with Colombia.", "Gustavo Petro", "Gustavo Petro"),
    q("does nothing to stop", "Donald Trump", "Donald Trump"),
    q("large scale payments and subsidies from the USA", "Donald Trump", "Donald Trump"),
    q("the United States will close them for him, and it won't be done nicely.", "Donald Trump", "Donald Trump"),
    q("in view of the statements made by the President of the United States against the dignity of the Head of State and the people of Colombia.", "Colombian Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    q("does not mean a rupture of relations", "Rosa Villavicencio", "Rosa Villavicencio"),
    q("Colombia has been, and will continue to be, the country that has put the most dead in the fight against drug trafficking. We deserve respect", "Rosa Villavicencio", "Rosa Villavicencio"),
    q("has put at risk a relationship of two centuries for a fight on social networks.", "Juliana Restrepo Arango", "Juliana Restrepo Arango"),
    q("The first one who is going to pay for this is the Colombian farmer who exports coffee and flowers", "Juliana Restrepo Arango", "Juliana Restrepo Arango"),
    q("The United States is our first trade partner, with more than 30 billion dollars in exchange per year. There is a lot at stake", "Andrés Felipe Rozo", "Andrés Felipe Rozo"),
    q("murders", "Gustavo Petro", "Petro"),
    q("He had no ties to the drug trade. His daily activity was fishing", "Gustavo Petro", "Petro"),
    q("disobey", "Gustavo Petro", "Petro"),
    { text: "decertified", speaker: null, speakerAsWritten: null, scare: true },
    q("The Armed Forces continue to work with their counterparts. The intelligence that saves lives keeps flowing", "Pedro Sánchez", "Pedro Sánchez"),
    q("Trump does not distinguish between Petro and Colombia. For him they are the same thing, and that is the danger", "Sandra Liliana Quintero", "Sandra Liliana Quintero"),
  ],
  mentions: {
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Donald Trump": ["Donald Trump", "Trump"],
    Colombia: ["Colombia"],
    "United States": ["United States", "US", "USA", "Washington"],
    "Colombian Ministry of Foreign Affairs": ["Foreign Ministry", "Ministry of Foreign Affairs"],
    "Daniel García-Peña": ["Daniel García-Peña"],
    "Rosa Villavicencio": ["Rosa Villavicencio"],
    "Juliana Restrepo Arango": ["Juliana Restrepo Arango"],
    "Colombian-American Chamber of Commerce": ["Colombian-American Chamber of Commerce", "AmCham Colombia"],
    "Andrés Felipe Rozo": ["Andrés Felipe Rozo"],
    "US Department of Defense": ["Pentagon"],
    Venezuela: ["Venezuela"],
    "Alejandro Carranza": ["Alejandro Carranza"],
    "US State Department": ["US State Department"],
    "Pedro Sánchez": ["Pedro Sánchez"],
    "Caracol Radio": ["Caracol Radio"],
    Semana: ["SEMANA"],
    "Sandra Liliana Quintero": ["Sandra Liliana Quintero", "Quintero"],
    "Universidad de los Andes": ["Universidad de los Andes"],
    USAID: ["USAID"],
  },
  optionalMentions: {
    X: ["X"],
    "Truth Social": ["Truth Social"],
    Colombia: ["Colombian"],
    "United States": ["American"],
    Ecuador: ["Ecuadorian"],
    "Democratic Center": ["Centro Democrático"],
    Semana: ["Semana.com"],
    // Quoted by the defence minister: Colombia's armed forces.
    "Military Forces of Colombia": ["Armed Forces"],
  },
  notMentions: [
    // The ambassador's posting, not the government.
    { text: "Washington", occurrence: 1 },
    { text: "Washington", after: "the ambassador in" },
  ],
  figures: [
    { text: "two people", value: 2, kind: "killed", qualifier: null },
    { text: "two", value: 2, kind: "survivors", qualifier: null, after: "died and " },
    { text: "at least seven vessels", value: 7, kind: "vessels", qualifier: "at least" },
    { text: "at least 32 people", value: 32, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "this Monday": { date: "2025-10-20", precision: "day" },
    "October 20, 2025": { date: "2025-10-20", precision: "day" },
    "this weekend": { date: "2025-10-13", precision: "week", optional: true },
    Sunday: { date: "2025-10-19", precision: "day" },
    Saturday: { date: "2025-10-18", precision: "day" },
    "September 2": { date: "2025-09-02", precision: "day" },
    "last week": { date: "2025-10-13", precision: "week" },
    September: { date: "2025-09", precision: "month" },
    "the same month": { date: "2025-09", precision: "month", optional: true },
    "2024": { date: "2024", precision: "year" },
  },
};
export default labels;
