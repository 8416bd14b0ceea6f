import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Podcast Q&A interview: headline quote (optional), an intro with marked
 * quotes, then unmarked Q:/A: paragraphs (speech, but not in quote marks:
 * optional; Q is the named host), the host quoting Hegseth's post inside a
 * question (marked: a statement of Hegseth), the guest repeating one of
 * those words (optional), "Admiral Bradley", Holsey by first name ("I know
 * Alvin"), a Department of War spokesperson (the department speaks). The
 * two men killed by the second strike had survived the first: optional as
 * killed and as survivors. Published Wednesday 3 December 2025: "last
 * Friday" is 28 November, "tomorrow" 4 December.
 */
const labels: ArticleLabels = {
  id: "h5_10_qa_retired_admiral",
  file: "tests/gold/heldout5/articles/h5_10_qa_retired_admiral.txt",
  outlet: "The Watch Floor",
  published: "2025-12-03",
  invented: true,
  quotes: [
    q("You don't shoot the shipwrecked", "Nathaniel Okafor-Reyes", "Nathaniel Okafor-Reyes", { optional: true }),
    q("I've been asked a lot of things by reporters in the last five days", "Nathaniel Okafor-Reyes", "Okafor-Reyes"),
    q("Nobody has asked me what the law actually says. So let's do that.", "Nathaniel Okafor-Reyes", "Okafor-Reyes"),
    // Transcript paragraphs: speech, but not inside quote marks.
    q("Start with the basics. What does the law say about people in the water after a strike?", "Dana Whitcombe", "Dana Whitcombe", { optional: true }),
    q(
      "The law of armed conflict is very old on this point. A person who is shipwrecked and who stops fighting is out of the fight. You rescue him if you can. You certainly don't target him. We teach that to ensigns. It's in the Navy's own commander's handbook.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
      { optional: true },
    ),
    q(
      "The Pentagon says the two men were still trying to salvage cargo, and so were still legitimate targets.",
      "Dana Whitcombe",
      "Dana Whitcombe",
      { optional: true },
    ),
    q(
      "That is the argument you'd have to make, yes. Whether it's true depends on what's in the video. I haven't seen it. Senators will see some of it tomorrow, when Admiral Bradley briefs them.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
      { optional: true },
    ),
    q(
      "Secretary Hegseth said on X that Admiral Bradley made \"the right call\" and has his \"complete support.\" What do you make of that?",
      "Dana Whitcombe",
      "Dana Whitcombe",
      { optional: true },
    ),
    q("the right call", "Pete Hegseth", "Hegseth"),
    q("complete support.", "Pete Hegseth", "Hegseth"),
    q(
      "I'd be careful. A secretary who says \"complete support\" before the facts are in is making it harder for everyone below him to tell the truth. I don't say that about this secretary in particular. I'd say it about any of them.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
      { optional: true },
    ),
    q("complete support", "Pete Hegseth", "Hegseth", { occurrence: 2, optional: true }),
    q("Did you ever face a situation like this at Southcom?", "Dana Whitcombe", "Dana Whitcombe", { optional: true }),
    q(
      "Not like this, because we weren't killing anyone. In my time, the model was interdiction. The Coast Guard stops the boat, boards it, takes the crew into custody, and they go before a judge in Florida or Puerto Rico. Sometimes they flip and give you the bigger fish. A dead crew can't testify against anyone.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
      { optional: true },
    ),
    q(
      "Admiral Alvin Holsey announced in October that he would retire early, on Dec. 12. There has been a lot of speculation about why.",
      "Dana Whitcombe",
      "Dana Whitcombe",
      { optional: true },
    ),
    q(
      "I know Alvin. I'm not going to speculate for him. What I'll say is that a combatant commander's job is to give his honest military advice, and if he can't do that, leaving is an honorable option.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
      { optional: true },
    ),
    q("The administration says these strikes have stopped drugs from reaching Americans.", "Dana Whitcombe", "Dana Whitcombe", { optional: true }),
    q(
      "The Pentagon has announced at least 21 strikes and at least 83 people killed. Nobody has shown me how many tons of cocaine that kept off American streets. Maybe it's a lot. But we used to measure success in seizures and prosecutions, and we could show our work.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
      { optional: true },
    ),
    q("If it was one of our sailors clinging to that hull", "Nathaniel Okafor-Reyes", "Okafor-Reyes"),
    q(
      "we would call what happened next a war crime. I don't see how the flag on the boat changes the law.",
      "Nathaniel Okafor-Reyes",
      "Okafor-Reyes",
    ),
    q("was lawful and conducted in accordance with the law of armed conflict", "US Department of Defense", "Department of War"),
    q("acted well within his authority.", "US Department of Defense", "Department of War"),
  ],
  mentions: {
    "US Southern Command": ["Southcom", "U.S. Southern Command"],
    "Nathaniel Okafor-Reyes": ["Nathaniel Okafor-Reyes", "Okafor-Reyes"],
    "US Navy": ["Navy"],
    "Dana Whitcombe": ["Dana Whitcombe"],
    "The Washington Post": ["The Washington Post"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Frank M. Bradley": ["Bradley"],
    "Pete Hegseth": ["Hegseth"],
    "US Coast Guard": ["Coast Guard"],
    "Alvin Holsey": ["Alvin Holsey", "Alvin"],
    "The Watch Floor": ["The Watch Floor"],
  },
  optionalMentions: {
    "The Watch Floor": ["THE WATCH FLOOR"],
    X: ["X"],
    "United States": ["Americans", "American"],
  },
  figures: [
    { text: "two men", value: 2, kind: "killed", qualifier: null, occurrence: 1, optional: true },
    { text: "two men", value: 2, kind: "survivors", qualifier: null, occurrence: 1, optional: true },
    { text: "the two men", value: 2, kind: "survivors", qualifier: null, occurrence: 1, optional: true },
    { text: "at least 21 strikes", value: 21, kind: "strikes", qualifier: "at least" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "the two men", value: 2, kind: "survivors", qualifier: null, occurrence: 2, optional: true },
  ],
  dates: {
    "Wednesday, Dec. 3, 2025": { date: "2025-12-03", precision: "day" },
    "2021": { date: "2021", precision: "year" },
    "last Friday": { date: "2025-11-28", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    tomorrow: { date: "2025-12-04", precision: "day" },
    October: { date: "2025-10", precision: "month" },
    "Dec. 12": { date: "2025-12-12", precision: "day" },
  },
};
export default labels;
