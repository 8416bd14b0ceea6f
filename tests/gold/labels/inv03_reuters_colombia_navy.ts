import { q, type ArticleLabels } from "../tools/label-spec";

/**
 * Invented Reuters-style piece: straight quotes, "said X, <long appositive>"
 * inversions, a quote running over two paragraphs (no closing mark after the
 * first), a named spokesperson, number words.
 */
const labels: ArticleLabels = {
  id: "inv03_reuters_colombia_navy",
  file: "tests/gold/articles/inv03_reuters_colombia_navy.txt",
  outlet: "Reuters",
  published: "2025-12-02",
  invented: true,
  quotes: [
    q("We learned of it the same way everyone else did, from a video on social media", "Rodrigo Salcedo Villamil", "Rodrigo Salcedo Villamil"),
    // One utterance over two paragraphs: one gold item per paragraph.
    q(
      "For thirty years the information flowed both ways, and it saved lives on both sides of that relationship. We never hid a route from them and they never hid one from us.",
      "Rodrigo Salcedo Villamil",
      "Salcedo",
    ),
    q("Now we find out about operations on our doorstep from a post on the internet", "Rodrigo Salcedo Villamil", "Salcedo"),
    q("does not discuss operational details", "Ruth Abernathy", "Ruth Abernathy"),
    q("information that could be used for lethal operations.", "Pedro Sánchez", "Pedro Sánchez"),
    q("Cooperation against the cartels continues", "Pedro Sánchez", "Sánchez"),
    q(
      "The Colombians provided most of the actionable intelligence in the Caribbean. If that dries up, the U.S. is flying blind",
      "Marisol Quintero-Haas",
      "Marisol Quintero-Haas",
    ),
    q("murders at sea", "Gustavo Petro", "Petro"),
    q("until the threat is eliminated.", "Marco Rubio", "Marco Rubio"),
  ],
  mentions: {
    Colombia: ["Colombia"],
    "Colombian Navy": ["Colombia's navy"],
    "United States": ["U.S.", "Washington"],
    Reuters: ["Reuters"],
    "Rodrigo Salcedo Villamil": ["Rodrigo Salcedo Villamil", "Salcedo"],
    "US Southern Command": ["U.S. Southern Command", "Southern Command"],
    "Ruth Abernathy": ["Ruth Abernathy"],
    "US Department of Defense": ["Pentagon"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Pedro Sánchez": ["Pedro Sánchez", "Sánchez"],
    "Caracol Radio": ["Caracol Radio"],
    "Marisol Quintero-Haas": ["Marisol Quintero-Haas"],
    "Inter-American Security Forum": ["Inter-American Security Forum"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "Organization of American States": ["Organization of American States"],
    "Marco Rubio": ["Marco Rubio"],
  },
  optionalMentions: {
    Colombia: ["Colombian", "Colombians"],
    "Daniela Ortiz": ["Daniela Ortiz"],
    "Samuel Whitaker": ["Samuel Whitaker"],
    "Paul Grindle": ["Paul Grindle"],
  },
  notMentionForms: ["Washington-based"],
  notMentions: [{ text: "Washington", after: "Samuel Whitaker in" }, { text: "Colombia", after: "CARTAGENA, " }],
  figures: [
    { text: "two boats", value: 2, kind: "vessels", qualifier: null },
    { text: "Three people", value: 3, kind: "killed", qualifier: null },
    { text: "one survivor", value: 1, kind: "survivors", qualifier: null },
    { text: "twenty-two known strikes", value: 22, kind: "strikes", qualifier: null },
    { text: "nearly ninety people", value: 90, kind: "killed", qualifier: "nearly" },
  ],
  dates: {
    "Dec 2": { date: "2025-12-02", precision: "day" },
    Sunday: { date: "2025-11-30", precision: "day" },
    Tuesday: { date: "2025-12-02", precision: "day" },
    March: { date: "2025-03", precision: "month" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "two weeks after": { date: "2025-11-10", precision: "week", optional: true },
    Monday: { date: "2025-12-01", precision: "day" },
    "last month": { date: "2025-11", precision: "month" },
    "Earlier this year": { date: "2025", precision: "year" },
  },
};
export default labels;
