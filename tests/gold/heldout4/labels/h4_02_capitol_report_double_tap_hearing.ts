import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Hearing story, transcript-heavy: question-and-answer exchanges in quote
 * marks ("asked Sen. X", "Y said"), a speaker first given by description
 * ("the military's top operations officer") and named a paragraph later, two
 * Kellys (the senator as "Kelly", the lawyer always "Joanne Kelly" or "the
 * general counsel"), "the admiral", "the chairman", "the senator", "echoing
 * Kaine", "Hegseth's office said" (the person speaks), a speaker named in the
 * sentence after the quote, a document quoted (optional), vote tallies, a
 * dollar bill and a budget share as distractors.
 */
const labels: ArticleLabels = {
  id: "h4_02_capitol_report_double_tap_hearing",
  file: "tests/gold/heldout4/articles/h4_02_capitol_report_double_tap_hearing.txt",
  outlet: "Capitol Report",
  published: "2025-12-10",
  invented: true,
  quotes: [
    q("a lawful engagement of a target that had not left the fight", "Colin Ashdown-Reyes", "Colin Ashdown-Reyes"),
    scare("double tap."),
    q("Were there people alive in the water when the second strike was ordered?", "Tim Kaine", "Tim Kaine"),
    q("There were two individuals on the wreckage, senator", "Colin Ashdown-Reyes", "Ashdown-Reyes"),
    q("The commander assessed that they were attempting to continue the mission.", "Colin Ashdown-Reyes", "Ashdown-Reyes"),
    q("By holding on to a piece of a boat?", "Tim Kaine", "Kaine"),
    q("I'm not going to characterize the video in an open session", "Colin Ashdown-Reyes", "Colin Ashdown-Reyes"),
    q(
      "You don't get to shoot the shipwrecked. That's not a gray area. That's in the manual every one of us trained on",
      "Mark Kelly",
      "Kelly",
    ),
    q(
      "Every strike in this campaign has been reviewed by lawyers before it was carried out, and that includes this one",
      "Joanne Kelly",
      "Joanne Kelly",
    ),
    q(
      "The people on that vessel were members of a designated terrorist organization engaged in an armed conflict with the United States.",
      "Joanne Kelly",
      "Joanne Kelly",
    ),
    q("reviewed the entire engagement after the fact.", "Joanne Kelly", "Joanne Kelly"),
    q("follow the facts wherever they lead.", "Roger Wicker", "Roger Wicker"),
    q("changes my view that our forces acted in good faith.", "Roger Wicker", "Roger Wicker"),
    q("cannot hand us a slide deck and call it oversight.", "Jack Reed", "Jack Reed"),
    q(
      "If the footage shows what some of my colleagues say it shows, this committee is going to have a very different conversation.",
      "Dan Sullivan",
      "Dan Sullivan",
    ),
    // A document quoted: the Joint Staff's timeline.
    q("to ensure the destruction of the vessel and its cargo", "Joint Staff", "Joint Staff", { optional: true }),
    q("minutes.", "Joint Staff", "Joint Staff", { optional: true }),
    q("stands fully behind Admiral Bradley and the decision he made.", "Pete Hegseth", "Hegseth"),
    q("wouldn't have wanted", "Donald Trump", "Donald Trump"),
    q("100 percent.", "Donald Trump", "Donald Trump"),
    q("The question isn't whether these were bad people", "Tim Kaine", "Kaine"),
    q(
      "The question is whether a president can kill anyone he labels a narco-terrorist, anywhere, without asking Congress. The Constitution says no.",
      "Tim Kaine",
      "Kaine",
    ),
    // A government statement read on television by a named minister.
    q("theater", "Venezuela", "Venezuela", { optional: true }),
  ],
  mentions: {
    "US Department of Defense": ["Pentagon"],
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
    "Joint Staff": ["Joint Staff"],
    "Colin Ashdown-Reyes": ["Colin Ashdown-Reyes", "Ashdown-Reyes"],
    "Joanne Kelly": ["Joanne Kelly"],
    "Tim Kaine": ["Tim Kaine", "Kaine"],
    "Mark Kelly": ["Mark Kelly", "Kelly"],
    "US Navy": ["Navy"],
    "United States": ["United States", "Washington"],
    "Roger Wicker": ["Roger Wicker"],
    "Jack Reed": ["Jack Reed", "Reed"],
    "Dan Sullivan": ["Dan Sullivan"],
    "US Marine Corps": ["Marine Corps"],
    "Frank M. Bradley": ["Frank M. Bradley", "Bradley"],
    "US Special Operations Command": ["U.S. Special Operations Command"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Donald Trump": ["Donald Trump"],
    "Alvin Holsey": ["Alvin Holsey"],
    "US Southern Command": ["U.S. Southern Command"],
    "US House of Representatives": ["House"],
    "US Congress": ["Congress"],
    "US Senate": ["Senate"],
    Venezuela: ["Venezuela"],
    "Freddy Ñáñez": ["Freddy Ñáñez"],
  },
  optionalMentions: {
    "Capitol Report": ["Capitol Report"],
    "Dana Whitlock-Ames": ["Dana Whitlock-Ames"],
    "Democratic Party": ["Democrats", "Democrat"],
  },
  figures: [
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
    // Survivors of the first missile, killed by the second.
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "two individuals", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Wednesday, Dec. 10, 2025": { date: "2025-12-10", precision: "day" },
    Tuesday: { date: "2025-12-09", precision: "day" },
    "Tuesday evening": { date: "2025-12-09", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "early September": { date: "2025-09", precision: "month" },
    "last Thursday": { date: "2025-12-04", precision: "day" },
    "last week": { date: "2025-12-01", precision: "week" },
    "this week": { date: "2025-12-08", precision: "week" },
    "Nov. 6": { date: "2025-11-06", precision: "day" },
    "next month": { date: "2026-01", precision: "month" },
  },
};
export default labels;
