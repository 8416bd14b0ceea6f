import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Wire-agency exclusive built on documents and anonymous sources: an internal
 * memo and a slide deck quoted (documents as speakers: optional), "one of the
 * officials said", "a senior administration official said", "a third said"
 * (all null), a quote nested inside an official's quote (optional), a colon
 * statement from a named spokesman, OLC never spelled out, "in a post on X",
 * "writing on X", "X told Meridian". A tally given for the memo's date (as of
 * Sept. 29); troops, warships, a submarine and jets as distractors; "December"
 * is a forward reference (2025-12).
 */
const labels: ArticleLabels = {
  id: "h4_04_meridian_exclusive_southcom_memo",
  file: "tests/gold/heldout4/articles/h4_04_meridian_exclusive_southcom_memo.txt",
  outlet: "Meridian",
  published: "2025-11-14",
  invented: true,
  quotes: [
    q(
      "not been provided the legal analysis underpinning the designation of these targets as combatants",
      "US Southern Command",
      "US Southern Command",
      { optional: true },
    ),
    q(
      "any follow-on engagement of persons in the water be referred for legal review prior to execution.",
      "US Southern Command",
      "US Southern Command",
      { optional: true },
    ),
    q("There was a real sense that the lawyers were being cut out of the loop", null, null),
    q("Nobody was saying the strikes were illegal. They were saying, 'show us the paper.'", null, null),
    q("show us the paper.", null, null, { optional: true }),
    q(
      "The premise of this story is false. Every strike has been lawful, and lawyers have been involved at every step.",
      "Sean Parnell",
      "Sean Parnell",
    ),
    q("reflected one lawyer's view, not the command's", null, null),
    q("partners at risk of curtailing cooperation.", null, null, { optional: true }),
    q("for some weeks.", null, null),
    q("as long as the missile attacks on boats in the Caribbean continue.", "Gustavo Petro", "Petro"),
    q("remove narco-terrorists from our Hemisphere.", "Pete Hegseth", "Pete Hegseth"),
    q("personal and long in the making.", null, null),
    q(
      "If the commander's own lawyers were asking for the legal basis and didn't get it, that is a problem this committee has to understand",
      "Jack Reed",
      "Reed",
    ),
  ],
  mentions: {
    "US Southern Command": ["U.S. Southern Command", "Southern Command", "Southcom"],
    "United States": ["U.S."],
    Meridian: ["Meridian"],
    "Alvin Holsey": ["Alvin Holsey", "Holsey"],
    "US Department of Defense": ["Pentagon"],
    "Sean Parnell": ["Sean Parnell"],
    "Office of Legal Counsel": ["OLC"],
    "US Department of Justice": ["Justice Department"],
    "National Security Council": ["National Security Council"],
    "United Kingdom": ["Britain"],
    Netherlands: ["Netherlands"],
    France: ["France"],
    Colombia: ["Colombia"],
    CNN: ["CNN"],
    "Ministry of Defence": ["Britain's Ministry of Defence", "Ministry of Defence"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Pedro Sánchez": ["Pedro Sánchez"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Jack Reed": ["Jack Reed", "Reed"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
  },
  optionalMentions: {
    "United Kingdom": ["British"],
    Colombia: ["Colombian"],
    X: ["X"],
    "Puerto Rico": ["Puerto Rico"],
    "Democratic Party": ["Democrat"],
    "Tomasz Wierzbicki-Hale": ["Tomasz Wierzbicki-Hale"],
    "Ana Lucía Ferrer": ["Ana Lucía Ferrer"],
    "Gwen Adebayo-Stroud": ["Gwen Adebayo-Stroud"],
    "Martin Feld": ["Martin Feld"],
  },
  figures: [
    { text: "three strikes", value: 3, kind: "strikes", qualifier: null, asOf: "2025-09-29" },
    { text: "17 people", value: 17, kind: "killed", qualifier: null, asOf: "2025-09-29" },
    { text: "at least 19 strikes", value: 19, kind: "strikes", qualifier: "at least" },
    { text: "at least 76 people", value: 76, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Nov 14": { date: "2025-11-14", precision: "day" },
    "late September": { date: "2025-09", precision: "month" },
    "Sept. 29": { date: "2025-09-29", precision: "day" },
    December: { date: "2025-12", precision: "month" },
    "early October": { date: "2025-10", precision: "month" },
    October: { date: "2025-10", precision: "month" },
    Tuesday: { date: "2025-11-11", precision: "day" },
    Thursday: { date: "2025-11-13", precision: "day" },
    "November 2024": { date: "2024-11", precision: "month" },
    "Dec. 12": { date: "2025-12-12", precision: "day" },
    "last month": { date: "2025-10", precision: "month" },
    Friday: { date: "2025-11-14", precision: "day" },
  },
};
export default labels;
