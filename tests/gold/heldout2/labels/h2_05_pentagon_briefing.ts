import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Pentagon briefing story: "Parnell said", colon attribution, an anonymous
 * senior defense official, a transcript excerpt whose unmarked Q/A lines are
 * optional (not inside quote marks), titles (Gen., Adm., Rep.).
 */
const labels: ArticleLabels = {
  id: "h2_05_pentagon_briefing",
  file: "tests/gold/heldout2/articles/h2_05_pentagon_briefing.txt",
  outlet: "Defense Desk",
  published: "2025-12-09",
  invented: true,
  quotes: [
    q("complete the mission", "US Department of Defense", "Pentagon"),
    q(
      "The rules of engagement for this operation were reviewed by lawyers at every level, and they were followed",
      "Sean Parnell",
      "Sean Parnell",
    ),
    q("Nobody went rogue. Nobody made it up on the fly.", "Sean Parnell", "Sean Parnell"),
    q(
      "We have shared what we can share. Some of that video shows sources and methods that I'm not going to put on the internet.",
      "Sean Parnell",
      "Parnell",
    ),
    q("In our assessment, they were still in the fight", null, null),
    q("What I saw were two shipwrecked men holding on to a piece of a hull", "Yolanda Birchfield", "Yolanda Birchfield"),
    q("I did not see anyone fighting.", "Yolanda Birchfield", "Yolanda Birchfield"),
    // Transcript lines: speech, but not inside quote marks.
    q("Can you say who gave the order for the second strike?", null, null, { optional: true }),
    q("The commander on scene had the authority he needed. I'm not going to go beyond that.", "Sean Parnell", "PARNELL", { optional: true }),
    q("Was the secretary watching the feed?", null, null, { optional: true }),
    q("I've answered that.", "Sean Parnell", "PARNELL", { optional: true }),
    q("State and this department are in lockstep", "Sean Parnell", "Parnell"),
    q("war crime", "Venezuela", "Venezuela"),
  ],
  mentions: {
    "US Department of Defense": ["Pentagon"],
    "United States": ["Washington"],
    "Sean Parnell": ["Sean Parnell", "Parnell"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Yolanda Birchfield": ["Yolanda Birchfield"],
    "House Armed Services Committee": ["House Armed Services Committee"],
    "Dan Caine": ["Dan Caine"],
    "Joint Chiefs of Staff": ["Joint Chiefs of Staff"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
    "Graham Ostrowski": ["Graham Ostrowski"],
    "US Southern Command": ["U.S. Southern Command"],
    "US State Department": ["State Department", "State"],
    Venezuela: ["Venezuela"],
  },
  optionalMentions: {
    "Marcus Delacroix-Webb": ["Marcus Delacroix-Webb"],
    "Sean Parnell": ["PARNELL"],
    "Democratic Party": ["Democrat"],
  },
  figures: [
    { text: "two men", value: 2, kind: "killed", qualifier: null },
    { text: "Eleven people", value: 11, kind: "killed", qualifier: null },
    { text: "two shipwrecked men", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "87 people", value: 87, kind: "killed", qualifier: null },
    { text: "Four of the strikes", value: 4, kind: "strikes", qualifier: null, optional: true },
    { text: "more than one boat", value: 1, kind: "vessels", qualifier: "more than", optional: true },
  ],
  dates: {
    "Dec. 9, 2025": { date: "2025-12-09", precision: "day" },
    Tuesday: { date: "2025-12-09", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "last Thursday": { date: "2025-12-04", precision: "day" },
    "next week": { date: "2025-12-15", precision: "week" },
    "this month": { date: "2025-12", precision: "month" },
    October: { date: "2025-10", precision: "month" },
    Monday: { date: "2025-12-08", precision: "day" },
  },
};
export default labels;
