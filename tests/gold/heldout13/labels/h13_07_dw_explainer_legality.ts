import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * DW English explainer: standfirst, question subheads, straight quotes with the
 * period inside, "told DW", "wrote on X", ministry spokesperson speaking for the
 * ministry, UN experts as a group, "called them".
 */
const labels: ArticleLabels = {
  id: "h13_07_dw_explainer_legality",
  file: "tests/gold/heldout13/articles/h13_07_dw_explainer_legality.txt",
  outlet: "Deutsche Welle",
  published: "2025-12-18",
  invented: true,
  quotes: [
    q("narco-terrorists.", "United States", "Washington", { optional: true }),
    q("These are not fishermen. These are narco-terrorists bringing death to American cities", "Pete Hegseth", "Pete Hegseth"),
    scare("armed conflict"),
    q("Drug trafficking is a crime, not an armed attack", "Matthias Dorfner", "Matthias Dorfner"),
    q("You do not become a combatant by smuggling cocaine, however terrible the consequences.", "Matthias Dorfner", "Matthias Dorfner"),
    q("extrajudicial killing.", "Volker Türk", "Volker Türk"),
    q("must stop immediately.", "United Nations", null, { optional: true }),
    q("murder.", "Gustavo Petro", "Gustavo Petro"),
    q("disregard international law.", "Jean-Noël Barrot", "Jean-Noël Barrot"),
    q("all states, including our partners, to respect international law", "Federal Foreign Office", "Federal Foreign Office"),
    q("The political check is Congress, and Congress has decided not to use it", "Anna Heitkamp", "Anna Heitkamp"),
    q("That may change if a strike goes badly wrong.", "Anna Heitkamp", "Anna Heitkamp"),
  ],
  mentions: {
    "United States": ["US", "Washington", "United States"],
    "United Nations": ["UN"],
    "Deutsche Welle": ["DW"],
    "US Department of Defense": ["Pentagon"],
    "Donald Trump": ["Donald Trump"],
    Venezuela: ["Venezuela"],
    "Tren de Aragua": ["Tren de Aragua"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Matthias Dorfner": ["Matthias Dorfner"],
    "University of Cologne": ["University of Cologne"],
    "Volker Türk": ["Volker Türk"],
    Colombia: ["Colombia"],
    "Gustavo Petro": ["Gustavo Petro"],
    Netherlands: ["Netherlands"],
    France: ["France"],
    "Jean-Noël Barrot": ["Jean-Noël Barrot"],
    Germany: ["Germany", "German government"],
    "Federal Foreign Office": ["Federal Foreign Office"],
    "International Criminal Court": ["International Criminal Court"],
    "US Congress": ["Congress"],
    "Anna Heitkamp": ["Anna Heitkamp"],
    "German Institute for International and Security Affairs": ["German Institute for International and Security Affairs", "SWP"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights"],
  },
  optionalMentions: {
    X: ["X"],
    Aruba: ["Aruba"],
    "Curaçao": ["Curaçao"],
    Bonaire: ["Bonaire"],
    "Rina Goldenberg": ["Rina Goldenberg"],
    "European Union": ["Europe", "European"],
    Colombia: ["Colombian"],
    Venezuela: ["Venezuelan"],
    "United States": ["American"],
  },
  figures: [
    { text: "more than 90 people", value: 90, kind: "killed", qualifier: "more than" },
    { text: "more than 20 small vessels", value: 20, kind: "vessels", qualifier: "more than" },
    { text: "at least 95 people", value: 95, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    September: { date: "2025-09", precision: "month" },
    "early September": { date: "2025-09", precision: "month" },
    November: { date: "2025-11", precision: "month" },
    October: { date: "2025-10", precision: "month" },
  },
};
export default labels;
