import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * AP feature from San Juan, Puerto Rico: caps byline, "(AP) —" dateline,
 * "said X, 64, who…", "Her office said" (the governor), two quoted
 * nicknames (Frank "Mitch" Bradley, José "Cheo" Rivera), protest signs,
 * "U.S. Southern Command said in a statement", troops/jets/money/feet/miles
 * as distractors, contributor line.
 */
const labels: ArticleLabels = {
  id: "h11_05_ap_san_juan_buildup",
  file: "tests/gold/heldout11/articles/h11_05_ap_san_juan_buildup.txt",
  outlet: "Associated Press",
  published: "2025-12-07",
  invented: true,
  quotes: [
    q("At first everybody came out to take pictures", "Efraín Ocasio", "Ocasio"),
    q("Now it's like the rain. It comes every afternoon.", "Efraín Ocasio", "Ocasio"),
    q("Puerto Rico is part of the United States, and we are proud to be the front line in the fight against narco-terrorism", "Jenniffer González-Colón", "Jenniffer González-Colón"),
    // "Her office said in a statement": the governor's office speaks for her.
    q("more than $40 million in local economic activity", "Jenniffer González-Colón", "Jenniffer González-Colón"),
    { text: "Mitch", speaker: null, speakerAsWritten: null, scare: true },
    q("made the right call.", "Pete Hegseth", "Pete Hegseth"),
    q("every single strike.", "Pete Hegseth", "Pete Hegseth"),
    q("Puerto Ricans have served in every American war, and we will always support our troops", "Pablo José Hernández", "Hernández"),
    q("But nobody asked us whether we wanted to be the launchpad for an operation that even members of Congress cannot get a straight answer about.", "Pablo José Hernández", "Hernández"),
    // Protest signs: the demonstrators' words, no speaker.
    q("Puerto Rico is not a base", null, null, { optional: true }),
    q("No more Vieques.", null, null, { optional: true }),
    q("We know what it is to live next to a military range. We know what the Navy leaves behind", "Mariana Colberg Soto", "Mariana Colberg Soto"),
    q("They tell us it is about drugs. In Vieques they told us it was about national security, too.", "Mariana Colberg Soto", "Mariana Colberg Soto"),
    q("The drugs come through here on the way to Miami and New York, and they leave the bodies here", "José Rivera", "José \"Cheo\" Rivera"),
    { text: "Cheo", speaker: null, speakerAsWritten: null, scare: true },
    q("If the boats stop coming, good.", "José Rivera", "José \"Cheo\" Rivera"),
    q("counternarcotics operations and the defense of the homeland", "US Southern Command", "U.S. Southern Command"),
    q("Out there, a fisherman and a smuggler look the same from the sky", "Efraín Ocasio", "Ocasio"),
    q("I don't want to find out if they can tell the difference.", "Efraín Ocasio", "Ocasio"),
  ],
  mentions: {
    "United States": ["US", "U.S.", "United States", "Washington"],
    "Efraín Ocasio": ["Efraín Ocasio", "Ocasio"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "US Navy": ["Navy"],
    "Jenniffer González-Colón": ["Jenniffer González-Colón"],
    "Frank M. Bradley": ["Frank \"Mitch\" Bradley", "Bradley"],
    "US Special Operations Command": ["U.S. Special Operations Command"],
    "Pete Hegseth": ["Pete Hegseth"],
    "US Department of Defense": ["Pentagon"],
    "Pablo José Hernández": ["Pablo José Hernández", "Hernández"],
    "US Congress": ["Congress"],
    "Associated Press": ["The Associated Press"],
    "Mariana Colberg Soto": ["Mariana Colberg Soto"],
    "José Rivera": ["José \"Cheo\" Rivera"],
    "US Southern Command": ["U.S. Southern Command"],
    "United Nations": ["United Nations"],
    Venezuela: ["Venezuela"],
  },
  optionalMentions: {
    "Gabriela Santiago Ortiz": ["GABRIELA SANTIAGO ORTIZ"],
    "Mark Tevlin": ["MARK TEVLIN"],
    "Marisol Vélez": ["Marisol Vélez"],
    "Associated Press": ["Associated Press"],
    // A US territory, mostly as a place.
    "Puerto Rico": ["Puerto Rico"],
    "US Marine Corps": ["Marines"],
    "Republican Party": ["Republican"],
    "Democratic Party": ["Democrat"],
    "United States": ["American"],
    Venezuela: ["Venezuelan"],
    Colombia: ["Colombian"],
  },
  // Dateline.
  notMentions: [{ text: "Puerto Rico", after: "SAN JUAN" }],
  figures: [
    { text: "near 90 dead", value: 90, kind: "killed", qualifier: "near", optional: true },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
    { text: "two men", value: 2, kind: "killed", qualifier: null },
  ],
  dates: {
    "early September": { date: "2025-09", precision: "month" },
    "2004": { date: "2004", precision: "year" },
    "2003": { date: "2003", precision: "year" },
    Thursday: { date: "2025-12-04", precision: "day" },
    Friday: { date: "2025-12-05", precision: "day" },
    August: { date: "2025-08", precision: "month" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "earlier this week": { date: "2025-12-01", precision: "week" },
    Saturday: { date: "2025-12-06", precision: "day" },
  },
};
export default labels;
