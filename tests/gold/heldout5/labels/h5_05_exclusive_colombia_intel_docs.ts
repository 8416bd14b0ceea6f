import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Wire exclusive built on documents and anonymous sources: Reuters-style
 * dateline "BOGOTA, Nov 26 (Hemispheric Wire) -" (the agency there is a
 * credit: optional), dates without periods ("Nov 13", "Sept 15"), a navy memo
 * and a task-force summary quoted (documents: optional), "in a post on X ...
 * writing that", "told Hemispheric Wire on Tuesday", "Sánchez said", a nested
 * quote inside an anonymous officer's words (outer null; inner, "the message
 * from Bogota", optional), two anonymous US officials (null), an acronym
 * defined (JIATF-South), "Bogota"/"Washington" as governments except in the
 * reporting credit, tonnes and percentages as distractors. "June" (twelve
 * months to June) is 2025-06.
 */
const labels: ArticleLabels = {
  id: "h5_05_exclusive_colombia_intel_docs",
  file: "tests/gold/heldout5/articles/h5_05_exclusive_colombia_intel_docs.txt",
  outlet: "Hemispheric Wire",
  published: "2025-11-26",
  invented: true,
  quotes: [
    // Documents.
    q(
      "information exchange for the purpose of interdiction at sea shall continue through existing channels until further notice.",
      "Colombian Navy",
      "navy",
      { optional: true },
    ),
    q("without interruption", "Joint Interagency Task Force South", "Joint Interagency Task Force South", { optional: true }),
    q("as long as the United States continues to attack boats in the Caribbean.", "Gustavo Petro", "Petro"),
    q("within the framework of the president's instructions.", "Pedro Sánchez", "Pedro Sánchez"),
    q("No Colombian officer has provided information to be used in an attack on a boat", "Pedro Sánchez", "Sánchez"),
    q("What we share is for interdiction: to stop the boat, seize the drugs, arrest the crew.", "Pedro Sánchez", "Sánchez"),
    // Subhead echoing the officer's words.
    q("BUSINESS AS USUAL AT SEA", null, null, { optional: true }),
    q("The message from Bogota was, 'Business as usual at sea, silence on land,'", null, null),
    q("Business as usual at sea, silence on land", "Colombia", "Bogota", { occurrence: 1, optional: true }),
    q("Nobody wanted to be the one who let a semi-submersible through.", null, null),
    q("multiple sources", null, null),
    q("does not comment on intelligence sharing arrangements with partner nations.", "US Southern Command", "U.S. Southern Command"),
    q(
      "an institutional instinct to protect a relationship that has saved many Colombian lives.",
      "Ricardo Osorio Lemus",
      "Ricardo Osorio Lemus",
    ),
    q("Presidents come and go", "Ricardo Osorio Lemus", "Ricardo Osorio Lemus"),
    q("The sea lanes do not.", "Ricardo Osorio Lemus", "Ricardo Osorio Lemus"),
  ],
  mentions: {
    "Colombian Navy": ["Colombia's navy", "Colombian Navy", "Colombian navy"],
    "United States": ["US", "U.S.", "United States", "Washington"],
    Colombia: ["Colombia", "Bogota"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Hemispheric Wire": ["Hemispheric Wire"],
    "Joint Interagency Task Force South": ["Joint Interagency Task Force South", "JIATF-South"],
    "Pedro Sánchez": ["Pedro Sánchez", "Sánchez"],
    "US Southern Command": ["U.S. Southern Command"],
    "US Department of Defense": ["Pentagon"],
    "United Kingdom": ["Britain", "United Kingdom"],
    "Ministry of Defence": ["Britain's Ministry of Defence"],
    CNN: ["CNN"],
    Netherlands: ["Netherlands"],
    "US Treasury Department": ["Treasury Department"],
    "Ricardo Osorio Lemus": ["Ricardo Osorio Lemus"],
  },
  optionalMentions: {
    "Hemispheric Wire": ["(Hemispheric Wire)"],
    "Ignacio Barrera-Lund": ["Ignacio Barrera-Lund"],
    "Holly Castaneda": ["Holly Castaneda"],
    "Mark Ruddock": ["Mark Ruddock"],
    Colombia: ["Colombian"],
    X: ["X"],
  },
  notMentions: [
    { text: "Bogota", after: "(Reporting by" },
    { text: "Washington", after: "(Reporting by" },
  ],
  figures: [
    { text: "At least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "21 U.S. strikes", value: 21, kind: "strikes", qualifier: null },
  ],
  dates: {
    "Nov 26": { date: "2025-11-26", precision: "day" },
    "Nov 13": { date: "2025-11-13", precision: "day" },
    "two days after": { date: "2025-11-13", precision: "day", optional: true },
    "Nov 20": { date: "2025-11-20", precision: "day" },
    "Nov 11": { date: "2025-11-11", precision: "day" },
    Tuesday: { date: "2025-11-25", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "Sept 15": { date: "2025-09-15", precision: "day" },
    June: { date: "2025-06", precision: "month" },
    "earlier this year": { date: "2025", precision: "year" },
    "earlier this month": { date: "2025-11", precision: "month" },
    September: { date: "2025-09", precision: "month" },
    "last month": { date: "2025-10", precision: "month" },
  },
};
export default labels;
