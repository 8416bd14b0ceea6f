import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Spanish agency copy in literal English translation: « » marks with the period
 * outside, long titles ("the Minister of National Defence of Colombia, Pedro
 * Sánchez"), "said to EFE the professor ...", "this Monday" / "last Thursday" /
 * "the past ... 16 October", Spanish names in parentheses tied to English ones,
 * acronyms defined (FAC, ELN, UNODC) and never defined (FARC), descriptions
 * ("the Colombian leader") standing for a named speaker.
 */
const labels: ArticleLabels = {
  id: "h3_02_efe_bogota_survivors",
  file: "tests/gold/heldout3/articles/h3_02_efe_bogota_survivors.txt",
  outlet: "EFE",
  published: "2025-10-20",
  invented: true,
  quotes: [
    q(
      "The compatriot is receiving medical attention and is in a stable condition. He will be placed at the disposition of the competent authorities",
      "Pedro Sánchez",
      "Pedro Sánchez",
    ),
    q("very large DRUG CARRYING SUBMARINE", "Donald Trump", "Donald Trump"),
    q("to their countries of origin for detention and prosecution", "Donald Trump", "Trump"),
    q("The sea is not a firing range. A Colombian fisherman is not a terrorist because Washington says so", "Gustavo Petro", "Petro"),
    q("He had no links with the drug trade. His daily activity was fishing", "Gustavo Petro", "Petro"),
    q("executions", "Gustavo Petro", "Petro"),
    q("illegal drug leader", "Donald Trump", "Trump"),
    q("an offence to the Colombian nation", "Rosa Elvira Castañeda", "Rosa Elvira Castañeda"),
    q(
      "respect the life and the dignity of all persons, whatever the crime of which they are suspected",
      "Colombian Ombudsman's Office",
      "Office of the Ombudsman",
    ),
    q(
      "What we are seeing is a change of doctrine: the war against drugs stopped being a metaphor",
      "Mauricio Lleras Uribe",
      "Mauricio Lleras Uribe",
    ),
  ],
  mentions: {
    Colombia: ["Colombia"],
    "United States": ["United States", "US", "Washington"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Yeison Andrés Quiñónez Valencia": ["Yeison Andrés Quiñónez Valencia"],
    "Colombian Air Force": ["Colombian Air Force", "FAC"],
    "Ministry of National Defence": ["Ministry of National Defence"],
    "Pedro Sánchez": ["Pedro Sánchez"],
    Ecuador: ["Ecuador"],
    "Attorney General's Office of Ecuador": ["Attorney General's Office of Ecuador", "Fiscalía General del Estado"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "Rosa Elvira Castañeda": ["Rosa Elvira Castañeda"],
    "Daniel García-Peña": ["Daniel García-Peña"],
    "Colombian Ombudsman's Office": ["Office of the Ombudsman", "Defensoría del Pueblo"],
    EFE: ["EFE"],
    "Pete Hegseth": ["Pete Hegseth"],
    "National Liberation Army": ["National Liberation Army", "ELN"],
    FARC: ["FARC"],
    "Clan del Golfo": ["Clan del Golfo"],
    "Universidad Externado de Colombia": ["Universidad Externado de Colombia"],
    "Mauricio Lleras Uribe": ["Mauricio Lleras Uribe"],
    "United Nations Office on Drugs and Crime": ["United Nations Office on Drugs and Crime", "UNODC"],
  },
  optionalMentions: {
    Colombia: ["Colombian"],
    Ecuador: ["Ecuadorian"],
  },
  notMentions: [{ text: "EFE", occurrence: 1 }],
  figures: [
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, occurrence: 1 },
    { text: "two of the four crew members", value: 2, kind: "killed", qualifier: null },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, occurrence: 2 },
    { text: "at least seven attacks", value: 7, kind: "strikes", qualifier: "at least" },
    { text: "at least 32 people", value: 32, kind: "killed", qualifier: "at least" },
    { text: "Three people", value: 3, kind: "killed", qualifier: null },
  ],
  dates: {
    "20 Oct": { date: "2025-10-20", precision: "day" },
    "this Monday": { date: "2025-10-20", precision: "day" },
    "last Thursday": { date: "2025-10-16", precision: "day" },
    "this Sunday": { date: "2025-10-19", precision: "day" },
    "16 October": { date: "2025-10-16", precision: "day" },
    "15 September": { date: "2025-09-15", precision: "day" },
    "start of September": { date: "2025-09", precision: "month" },
    "Last Friday": { date: "2025-10-17", precision: "day" },
    "beginning of this year": { date: "2025", precision: "year" },
    "2023": { date: "2023", precision: "year" },
  },
};
export default labels;
