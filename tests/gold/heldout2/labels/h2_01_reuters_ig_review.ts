import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Reuters-style: "said in a statement", "according to a person familiar", an
 * anonymous source quoted, a wire quote over two paragraphs, a correction note
 * naming a wrong date.
 */
const labels: ArticleLabels = {
  id: "h2_01_reuters_ig_review",
  file: "tests/gold/heldout2/articles/h2_01_reuters_ig_review.txt",
  outlet: "Reuters",
  published: "2025-11-26",
  invented: true,
  quotes: [
    q("They want to know who gave the order for the second shot, and on what legal basis", null, null),
    q("does not confirm or deny the existence of ongoing evaluations", "Carla Metzger", "Carla Metzger"),
    q("conducted in full compliance with the law of armed conflict", "Sean Parnell", "Sean Parnell"),
    q("welcomes appropriate oversight.", "Sean Parnell", "Sean Parnell"),
    scare("narco-terrorists"),
    scare("double tap"),
    // One utterance over two paragraphs, attributed in the second.
    q(
      "We are not going to get to the bottom of this by reading press releases. I have asked for the full footage, and I have been told it is being reviewed.",
      "Dale Hufnagel",
      "Hufnagel",
    ),
    q("If there is nothing to hide, show it to us", "Dale Hufnagel", "Hufnagel"),
    q("This is the Pentagon grading its own homework", "Irene Castellanos", "Irene Castellanos"),
    q("total confidence", "Pete Hegseth", "Pete Hegseth"),
  ],
  mentions: {
    "US Department of Defense": ["Pentagon"],
    "United States": ["U.S.", "United States"],
    Reuters: ["Reuters"],
    Venezuela: ["Venezuela"],
    "Carla Metzger": ["Carla Metzger"],
    "Sean Parnell": ["Sean Parnell"],
    "Dale Hufnagel": ["Dale Hufnagel", "Hufnagel"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
    "Irene Castellanos": ["Irene Castellanos"],
    "US Congress": ["Congress"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
  },
  optionalMentions: {
    "Hannah Voss": ["Hannah Voss"],
    "Tomás Echeverri": ["Tomás Echeverri"],
    "Grant McCool-Ferris": ["Grant McCool-Ferris"],
    "Republican Party": ["Republican"],
    "Democratic Party": ["Democratic"],
    "US Congress": ["Capitol Hill"],
    "Trinidad and Tobago": ["Trinidadian"],
  },
  figures: [
    { text: "six people", occurrence: 1, value: 6, kind: "killed", qualifier: null },
    { text: "two men", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "at least 21 strikes", value: 21, kind: "strikes", qualifier: "at least" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
    { text: "six people", occurrence: 2, value: 6, kind: "killed", qualifier: null, optional: true },
  ],
  dates: {
    "Nov 26": { date: "2025-11-26", precision: "day" },
    "Oct. 14": { date: "2025-10-14", precision: "day" },
    "earlier this month": { date: "2025-11", precision: "month" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    Tuesday: { date: "2025-11-25", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "last week": { date: "2025-11-17", precision: "week" },
    October: { date: "2025-10", precision: "month" },
    // The wrong date named by the correction note.
    "Oct. 16": { date: "2025-10-16", precision: "day", optional: true },
  },
};
export default labels;
