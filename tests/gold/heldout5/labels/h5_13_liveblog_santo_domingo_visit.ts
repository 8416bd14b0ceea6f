import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Live blog, newest entry first, AST timestamps (not dates), entry titles
 * quoting the speaker in single marks (optional), "told Diario del Caribe",
 * a named agency spokesman, a post on X after a colon with a handle and a
 * hashtag, "He called the arrangement ...", "he said:" before a quote,
 * "what he described as", protest signs (an unnamed group, optional null),
 * the Dominican Navy, Air Force, Ministry of Defense and DNCD, "Washington"
 * as a place he flew from (not a mention). Published Wednesday 26 November
 * 2025: "yesterday" is the 25th, "last week" the week of 17 November,
 * "Thanksgiving on Thursday" the 27th (Thanksgiving itself optional).
 */
const labels: ArticleLabels = {
  id: "h5_13_liveblog_santo_domingo_visit",
  file: "tests/gold/heldout5/articles/h5_13_liveblog_santo_domingo_visit.txt",
  outlet: "Diario del Caribe",
  published: "2025-11-26",
  invented: true,
  quotes: [
    q("a blank cheque", "Ramón Castillo Peña", "Ramón Castillo Peña", { occurrence: 1, optional: true }),
    q("a blank cheque for a foreign military", "Ramón Castillo Peña", "Ramón Castillo Peña"),
    q("The Dominican Republic was invaded in 1965. Some of us have not forgotten", "Ramón Castillo Peña", "Castillo Peña"),
    q("We are being asked to sign first and read later.", "Ramón Castillo Peña", "Castillo Peña"),
    q(
      "Our job is to recover the drugs and investigate. What happens at sea, that is a decision of the Americans",
      "Julio Amparo Féliz",
      "Amparo Féliz",
    ),
    q(
      "Great meeting with President @luisabinader. The Dominican Republic is a strong partner in the fight against narco-terrorists in our hemisphere. Together we will keep these poisons off our shores. #SouthernSpear",
      "Pete Hegseth",
      "Hegseth",
    ),
    q("coordinated closely", "Ministry of Defense of the Dominican Republic", "Ministry of Defense"),
    q("temporary and limited", "Luis Abinader", "Luis Abinader", { occurrence: 1, optional: true }),
    q("temporary and limited.", "Luis Abinader", "Luis Abinader"),
    q("Drug trafficking has no flag and no borders", "Luis Abinader", "Abinader"),
    q("No country can fight it alone, and the Dominican Republic is not going to fight it alone.", "Luis Abinader", "Abinader"),
    q("The agreement is for detection, monitoring and logistics. That is what it says.", "Luis Abinader", "Abinader"),
    q("a model", "Pete Hegseth", "Pete Hegseth", { occurrence: 1, optional: true }),
    q("a model for the region", "Pete Hegseth", "Pete Hegseth"),
    q("courage.", "Pete Hegseth", "Pete Hegseth"),
    q("We will continue to hunt these narco-terrorists wherever they operate", "Pete Hegseth", "Pete Hegseth"),
    q("And we will do it with friends like this.", "Pete Hegseth", "Pete Hegseth"),
    // Protest signs: an unnamed group's words.
    q("Sovereignty is not for sale.", null, null, { optional: true }),
  ],
  mentions: {
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Dominican Republic": ["Dominican Republic"],
    "United States": ["U.S.", "United States"],
    "Ramón Castillo Peña": ["Ramón Castillo Peña", "Castillo Peña"],
    "National Congress of the Dominican Republic": ["National Congress"],
    "Diario del Caribe": ["Diario del Caribe"],
    "National Directorate for Drug Control": ["National Directorate for Drug Control", "DNCD"],
    "Julio Amparo Féliz": ["Julio Amparo Féliz", "Amparo Féliz"],
    "Luis Abinader": ["Luis Abinader", "Abinader", "@luisabinader"],
    "US Department of Defense": ["Pentagon"],
    "Ministry of Defense of the Dominican Republic": ["Ministry of Defense"],
    "Navy of the Dominican Republic": ["Dominican Navy"],
    "The Washington Post": ["Washington Post"],
    Venezuela: ["Venezuela"],
    "Dominican Air Force": ["Dominican Air Force"],
    "White House": ["White House"],
  },
  optionalMentions: {
    "Diario del Caribe": ["DIARIO DEL CARIBE"],
    "Fuerza del Pueblo": ["Fuerza del Pueblo"],
    "United States": ["Americans"],
    "Dominican Republic": ["Dominican"],
    X: ["X"],
  },
  notMentions: [{ text: "Washington, where" }],
  figures: [
    { text: "21 strikes", value: 21, kind: "strikes", qualifier: null },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Wednesday, Nov. 26, 2025": { date: "2025-11-26", precision: "day" },
    today: { date: "2025-11-26", precision: "day" },
    "a few minutes ago": { date: "2025-11-26", precision: "day", optional: true },
    "1965": { date: "1965", precision: "year" },
    "earlier this month": { date: "2025-11", precision: "month" },
    "this afternoon": { date: "2025-11-26", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "Nov. 15": { date: "2025-11-15", precision: "day" },
    "last week": { date: "2025-11-17", precision: "week" },
    "this morning": { date: "2025-11-26", precision: "day" },
    yesterday: { date: "2025-11-25", precision: "day" },
    tonight: { date: "2025-11-26", precision: "day" },
    Thanksgiving: { date: "2025-11-27", precision: "day", optional: true },
    Thursday: { date: "2025-11-27", precision: "day" },
  },
};
export default labels;
