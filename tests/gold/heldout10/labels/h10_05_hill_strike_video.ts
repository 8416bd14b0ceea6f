import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * The Hill short political item: "by NAME - 12/10/25 4:12 PM ET" line,
 * "(R-Neb.)" party-state tags, "told The Hill", partial quotes after said /
 * citing, "President Trump said … he told reporters", "said:" before a full
 * quote, a one-line X post ("put it more bluntly on X:").
 */
const labels: ArticleLabels = {
  id: "h10_05_hill_strike_video",
  file: "tests/gold/heldout10/articles/h10_05_hill_strike_video.txt",
  outlet: "The Hill",
  published: "2025-12-10",
  invented: true,
  quotes: [
    q("If it's all legal, show it. The American people can handle it", "Don Bacon", "Bacon"),
    q("What they can't handle is the feeling that somebody is hiding something.", "Don Bacon", "Bacon"),
    q("in about ninety seconds.", "Mark Kelly", "Mark Kelly"),
    q("I've seen a lot of combat footage in my life. You don't need to be a lawyer to know what you're looking at", "Mark Kelly", "Kelly"),
    q("the fog of war.", "Pete Hegseth", "Pete Hegseth"),
    q("made the right call", "Pete Hegseth", "Pete Hegseth"),
    q("reviewing", "Pete Hegseth", "Pete Hegseth"),
    q("no problem", "Donald Trump", "Trump", { occurrence: 1 }),
    q("Whatever they have, we'd certainly release, no problem", "Donald Trump", "Trump"),
    q("I have full confidence in Secretary Hegseth and in Admiral Bradley, and the oversight process is working exactly as it should", "Mike Johnson", "Johnson"),
    q("a partial and heavily edited", "Adam Smith", "Adam Smith"),
    q("The Department has been fully transparent with the committees of jurisdiction and will continue to be.", "Kingsley Wilson", "Kingsley Wilson"),
    q("Release the tape.", "Chuck Schumer", "Chuck Schumer"),
  ],
  mentions: {
    "Don Bacon": ["Don Bacon", "Bacon"],
    "Mark Kelly": ["Mark Kelly", "Kelly"],
    "US Department of Defense": ["Pentagon"],
    "The Hill": ["The Hill"],
    "US Air Force": ["Air Force"],
    "US House of Representatives": ["House"],
    "The Washington Post": ["The Washington Post"],
    "US Navy": ["Navy"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Frank M. Bradley": ["Frank Bradley", "Bradley"],
    "Donald Trump": ["Trump"],
    "Mike Johnson": ["Mike Johnson", "Johnson"],
    "Adam Smith": ["Adam Smith"],
    "House Armed Services Committee": ["House Armed Services Committee"],
    "Kingsley Wilson": ["Kingsley Wilson"],
    "Chuck Schumer": ["Chuck Schumer"],
    "US Senate": ["Senate"],
    "United States": ["U.S."],
  },
  optionalMentions: {
    "Ellen Marchetti": ["Ellen Marchetti"],
    "Republican Party": ["Republicans"],
    "Democratic Party": ["Democratic", "Democrat"],
    "United States": ["American"],
    "White House": ["Oval Office"],
    "US Department of Defense": ["Department"],
    X: ["X"],
  },
  figures: [
    { text: "two survivors", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
    { text: "Eleven of them", value: 11, kind: "killed", qualifier: null },
  ],
  dates: {
    "12/10/25": { date: "2025-12-10", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    Wednesday: { date: "2025-12-10", precision: "day" },
    "late last month": { date: "2025-11", precision: "month" },
    November: { date: "2025-11", precision: "month" },
    Tuesday: { date: "2025-12-09", precision: "day" },
    "last week": { date: "2025-12-01", precision: "week" },
    "last Thursday": { date: "2025-12-04", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "later this week": { date: "2025-12-08", precision: "week" },
  },
};
export default labels;
