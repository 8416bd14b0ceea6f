import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * AP story from Port of Spain: caps byline, "(AP) —" dateline, relatives'
 * quotes, "the statement said" (the prime minister's statement), an unnamed
 * Pentagon spokesperson, Venezuela "denounced … as", a scare quote.
 */
const labels: ArticleLabels = {
  id: "h12_01_ap_port_of_spain_fishermen",
  file: "tests/gold/heldout12/articles/h12_01_ap_port_of_spain_fishermen.txt",
  outlet: "Associated Press",
  published: "2025-10-17",
  invented: true,
  quotes: [
    q("He was not a narco. He was a boy who liked to fish and who owed money on a Yamaha", "Savitri Ragoonath", "Savitri Ragoonath"),
    q("Somebody has to tell me what he did.", "Savitri Ragoonath", "Savitri Ragoonath"),
    q("designated terrorist organization.", "Donald Trump", "Donald Trump"),
    q("known by our intelligence to be involved in illicit narcotics smuggling", "Pete Hegseth", "Pete Hegseth"),
    q("a known narco-trafficking route.", "Pete Hegseth", "Pete Hegseth"),
    q("no information at this time", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("allow the proper channels to do their work.", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("We are in constant contact with our partners and we will share what we learn, when we learn it", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("no sympathy for traffickers", "Kamla Persad-Bissessar", "Persad-Bissessar"),
    q("kill them all violently.", "Kamla Persad-Bissessar", "Persad-Bissessar"),
    q("Everybody here knows somebody who goes across", "Clive Nurse", "Nurse"),
    q("Some of them carry things they should not carry. But you don’t blow up a pirogue in the middle of the sea without asking who is on it.", "Clive Nurse", "Nurse"),
    q("He said he was going to Chaguaramas to look for work on a bigger boat", "Ria Tikasingh", "Ria Tikasingh"),
    q("Then nothing. Not a call, not a message.", "Ria Tikasingh", "Ria Tikasingh"),
    q("The prime minister cannot cheer from the sidelines while our own citizens are being blown out of the water", "Pennelope Beckles", "Beckles"),
    q("does not comment on the identities of individuals targeted", "US Department of Defense", "Pentagon"),
    q("conducted in accordance with the law of armed conflict.", "US Department of Defense", "Pentagon"),
    q("extrajudicial executions", "Venezuela", "Venezuela"),
    scare("narcoterrorists"),
    q("They say terrorists", "Savitri Ragoonath", "Savitri Ragoonath"),
    q("Come and see the terrorist’s room. Come and see his fishing line.", "Savitri Ragoonath", "Savitri Ragoonath"),
  ],
  mentions: {
    "United States": ["U.S.", "US", "Washington"],
    Venezuela: ["Venezuela"],
    "Trinidad and Tobago": ["Trinidad and Tobago", "Trinidad"],
    "Donald Trump": ["Donald Trump"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Associated Press": ["Associated Press"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar", "Persad-Bissessar"],
    "Savitri Ragoonath": ["Savitri Ragoonath"],
    "Shane Ragoonath": ["Shane Ragoonath"],
    "Clive Nurse": ["Clive Nurse", "Nurse"],
    "Las Cuevas Fishermen’s Cooperative": ["Las Cuevas Fishermen’s Cooperative"],
    "Marlon Tikasingh": ["Marlon Tikasingh"],
    "Ria Tikasingh": ["Ria Tikasingh"],
    "Pennelope Beckles": ["Pennelope Beckles", "Beckles"],
    "US Embassy in Port of Spain": ["U.S. Embassy in Port of Spain"],
    "US Department of Defense": ["Pentagon"],
    "Nicolás Maduro": ["Nicolás Maduro"],
    "Trinidad and Tobago Police Service": ["Trinidad and Tobago Police Service"],
  },
  optionalMentions: {
    "Alicia De Freitas": ["ALICIA DE FREITAS"],
    "Associated Press": ["AP"],
    X: ["X"],
    "Trinidad and Tobago": ["Trinidadian"],
  },
  // The dateline names a place, not an actor.
  notMentions: [{ text: "Trinidad", after: "PORT OF SPAIN" }],
  figures: [
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "Two of the dead", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "at least the fifth", value: 5, kind: "strikes", qualifier: "at least", optional: true },
    { text: "at least 27", value: 27, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "this week": { date: "2025-10-13", precision: "week" },
    Friday: { date: "2025-10-17", precision: "day" },
    Tuesday: { date: "2025-10-14", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    Saturday: { date: "2025-10-11", precision: "day" },
    Thursday: { date: "2025-10-16", precision: "day" },
  },
};
export default labels;
