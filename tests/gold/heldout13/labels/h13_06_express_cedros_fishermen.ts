import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Trinidad Express: headline quote in dialect, byline with email, caps lede word,
 * nickname in quotes, "told the Express", "the Prime Minister said", "called the remarks",
 * statement issued by the party, embassy response, unnamed cousin (speaker null).
 */
const labels: ArticleLabels = {
  id: "h13_06_express_cedros_fishermen",
  file: "tests/gold/heldout13/articles/h13_06_express_cedros_fishermen.txt",
  outlet: "Trinidad Express",
  published: "2025-10-28",
  invented: true,
  quotes: [
    q("We afraid to go out", "Chatterpaul Maharaj", null, { optional: true, occurrence: 1 }),
    q("We afraid to go out. Every time you hear a plane, you watching the sky", "Chatterpaul Maharaj", "Chatterpaul “Bunny” Maharaj"),
    scare("Bunny"),
    q("Nobody calling back. Nobody telling us nothing", "Lenore Joseph-Alleyne", "Lenore Joseph-Alleyne"),
    q("If he did something wrong, arrest him, charge him. Don’t just blow him up like he is nobody.", "Lenore Joseph-Alleyne", "Lenore Joseph-Alleyne"),
    q("no sympathy for traffickers", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("not be lectured by anybody", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("I have said it before and I will say it again: the US military should kill them all violently", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("reckless", "Pennelope Beckles", "Pennelope Beckles"),
    q("Two families in Cedros are grieving and their own Prime Minister is cheering", "Pennelope Beckles", "Beckles"),
    q("Whatever happened on that boat, they deserve answers from their Government.", "Pennelope Beckles", "Beckles"),
    q("values its close partnership with Trinidad and Tobago", "US Embassy in Port of Spain", "US Embassy in Port of Spain"),
    q("Venezuela is seven miles from here. We does trade with them, we does buy fuel from them, everybody know that", null, null),
    q("Now a boat is a target.", null, null),
  ],
  mentions: {
    "United States": ["US", "United States"],
    Venezuela: ["Venezuela"],
    "Chatterpaul Maharaj": ["Chatterpaul “Bunny” Maharaj", "Maharaj"],
    "Cedros Fisherfolk Association": ["Cedros Fisherfolk Association"],
    "Trinidad Express": ["Express"],
    "Chad Joseph": ["Chad Joseph", "Joseph"],
    "Rishi Samaroo": ["Rishi Samaroo"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Lenore Joseph-Alleyne": ["Lenore Joseph-Alleyne"],
    "Ministry of Foreign and CARICOM Affairs": ["Ministry of Foreign and CARICOM Affairs"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar"],
    "Pennelope Beckles": ["Pennelope Beckles", "Beckles"],
    "People's National Movement": ["People’s National Movement"],
    "US Embassy in Port of Spain": ["US Embassy in Port of Spain"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "US Department of Defense": ["Department of War"],
    "Trinidad and Tobago Coast Guard": ["Trinidad and Tobago Coast Guard"],
  },
  optionalMentions: {
    "Gyasi Gonzales": ["Gyasi Gonzales"],
  },
  figures: [
    { text: "two local men", value: 2, kind: "killed", qualifier: null },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "at least ten strikes", value: 10, kind: "strikes", qualifier: "at least" },
    { text: "at least 43 people", value: 43, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "earlier this month": { date: "2025-10", precision: "month" },
    yesterday: { date: "2025-10-27", precision: "day" },
    "last Tuesday": { date: "2025-10-21", precision: "day" },
    "October 14": { date: "2025-10-14", precision: "day" },
    Sunday: { date: "2025-10-26", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "September 2": { date: "2025-09-02", precision: "day" },
  },
};
export default labels;
