import { q, type ArticleLabels } from "../tools/label-spec";

/** Invented Guardian-style piece: ‘single’ quotes whose closing mark is also the apostrophe, a post quoted on its own line. */
const labels: ArticleLabels = {
  id: "inv02_guardian_intelligence",
  file: "tests/gold/articles/inv02_guardian_intelligence.txt",
  outlet: "The Guardian",
  published: "2025-11-19",
  invented: true,
  quotes: [
    q("a right to know whether British intelligence has helped to kill people in international waters", "Harriet Okonjo-Blake", "Harriet Okonjo-Blake"),
    q("We were told this was a counter-narcotics partnership", "Harriet Okonjo-Blake", "Harriet Okonjo-Blake"),
    q("Nobody told the House it had become something else.", "Harriet Okonjo-Blake", "Harriet Okonjo-Blake"),
    q("We are clear that international law applies at sea as it does everywhere else.", "Alan Whitcombe", "Alan Whitcombe"),
    q(
      "The UK has a long-standing policy of not commenting on intelligence. The United States remains our closest ally, and that relationship is strong.",
      "UK Foreign Office",
      "Foreign Office",
    ),
    // An anonymous speaker: a real quote with no name to attach.
    q("a very British way of saying no", null, null),
    q(
      "Our allies’ hand-wringing won’t save a single American life. We will keep hitting these boats until the poison stops.",
      "Pete Hegseth",
      "Pete Hegseth",
    ),
    q("untenable", "Tom Iredale", "Tom Iredale"),
    q("If we are not involved, ministers should say so plainly", "Tom Iredale", "Tom Iredale"),
    q("If we are, parliament must be told.", "Tom Iredale", "Tom Iredale"),
    q("no request", null, null, { optional: true }),
  ],
  mentions: {
    "United Kingdom": ["UK"],
    "United States": ["United States", "US"],
    "Harriet Okonjo-Blake": ["Harriet Okonjo-Blake"],
    "Alan Whitcombe": ["Alan Whitcombe"],
    "UK Foreign Office": ["Foreign Office"],
    "Pete Hegseth": ["Pete Hegseth"],
    "US Department of Defense": ["US Department of War", "Department of War"],
    "Tom Iredale": ["Tom Iredale"],
    BBC: ["BBC"],
    Netherlands: ["Netherlands"],
    France: ["France"],
    "Downing Street": ["Downing Street"],
    "Keir Starmer": ["Keir Starmer"],
    "Donald Trump": ["Donald Trump"],
    Reprieve: ["Reprieve"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
  },
  optionalMentions: {
    "Eleanor Marsh": ["Eleanor Marsh"],
    "United Kingdom": ["British"],
    Netherlands: ["Dutch"],
    "United States": ["American"],
    "Labour Party": ["Labour"],
  },
  figures: [
    { text: "more than 80 people", value: 80, kind: "killed", qualifier: "more than" },
    { text: "21 strikes", value: 21, kind: "strikes", qualifier: null },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "two of those on board", value: 2, kind: "survivors", qualifier: null, optional: true },
  ],
  dates: {
    "Wed 19 Nov 2025": { date: "2025-11-19", precision: "day" },
    Tuesday: { date: "2025-11-18", precision: "day" },
    "last week": { date: "2025-11-10", precision: "week" },
    "early September": { date: "2025-09", precision: "month" },
    "last Thursday": { date: "2025-11-13", precision: "day" },
    yesterday: { date: "2025-11-18", precision: "day" },
    "a fortnight ago": { date: "2025-11-03", precision: "week" },
    "earlier this month": { date: "2025-11", precision: "month" },
  },
};
export default labels;
