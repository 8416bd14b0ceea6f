import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Hearing story, transcript-heavy: a headline quote in single marks
 * (optional), questions and answers in quote marks, replies with no verb of
 * attribution ("Reed tried again." then the question; "Did you ask?"),
 * "the admiral said", "the chairman said", "The senator sat back ... Kaine
 * said", "He added", "Echoing Reed" (no quote of Reed there), "Wicker's
 * office said" (Wicker speaks), a speaker named in the sentence after the
 * quote ("The words came from Sen. Elissa Slotkin"), an alleged order quoted
 * from a newspaper report (optional), a Joint Staff timeline quoted
 * (document: optional), unmarked SLOTKIN:/SOLBERG: transcript lines
 * (optional), OLC and JSOC never spelled out. The two survivors of the first
 * missile were killed by the second: optional survivors. Published Friday
 * 12 December 2025: the hearing was Thursday the 11th; "last week" is the
 * week of 1 December; "in January" looks ahead (2026-01).
 */
const labels: ArticleLabels = {
  id: "h5_03_hearing_senate_armed_services",
  file: "tests/gold/heldout5/articles/h5_03_hearing_senate_armed_services.txt",
  outlet: "Beltway Dispatch",
  published: "2025-12-12",
  invented: true,
  quotes: [
    q("Were they still a threat?", "Jack Reed", "Jack Reed", { occurrence: 1, optional: true }),
    q("Were they still a threat?", "Jack Reed", "Jack Reed", { occurrence: 2 }),
    q("Yes or no, admiral.", "Jack Reed", "Jack Reed"),
    q(
      "The commander on scene made an assessment, based on what he could see and what he knew, that the engagement was not complete",
      "Harriet Solberg",
      "Harriet Solberg",
    ),
    q("Were they armed?", "Jack Reed", "Reed"),
    q("I can't go into the intelligence in this setting, senator", "Harriet Solberg", "Harriet Solberg"),
    // An order reported by a newspaper and denied by the man said to have given it.
    q("kill everybody", "Pete Hegseth", "Pete Hegseth", { optional: true }),
    // The Joint Staff timeline, a document.
    q("to ensure the vessel was sunk", "Joint Staff", "Joint Staff", { optional: true }),
    q("Did anyone above Admiral Bradley tell him what to do about the two men in the water?", "Tim Kaine", "Tim Kaine"),
    q("Not to my knowledge", "Nathaniel Brisco", "Brisco"),
    q("Did you ask?", "Tim Kaine", "Tim Kaine"),
    q("I have reviewed the documents available to me, senator.", "Nathaniel Brisco", "Brisco"),
    q("That's a lawyer's answer", "Tim Kaine", "Kaine"),
    q("I was hoping for a witness's.", "Tim Kaine", "Kaine"),
    q("privileged and classified", "Nathaniel Brisco", "Brisco"),
    q("a detailed summary.", "Nathaniel Brisco", "Brisco"),
    q("every strike has been reviewed for compliance with the law of armed conflict.", "Nathaniel Brisco", "Brisco"),
    q("vigorous oversight.", "Roger Wicker", "Roger Wicker"),
    q("I have seen nothing today that tells me our people acted in bad faith", "Roger Wicker", "Roger Wicker"),
    q("I have also seen nothing that tells me this committee has the full picture.", "Roger Wicker", "Roger Wicker"),
    q("continue to seek the complete video record and the legal analysis", "Roger Wicker", "Wicker"),
    q("full cooperation", "Roger Wicker", "Wicker"),
    q("a necessary response to a poison that kills Americans every single day", "Dan Sullivan", "Dan Sullivan"),
    q("second-guessing warriors from air-conditioned rooms.", "Dan Sullivan", "Dan Sullivan"),
    q(
      "You are asking us to take your word for what is on a video none of us has been allowed to keep.",
      "Elissa Slotkin",
      "Elissa Slotkin",
    ),
    q("would not describe it the way the department does.", "Elissa Slotkin", "Elissa Slotkin"),
    // Transcript lines: speech, but not inside quote marks.
    q("How long were the two men in the water before the second strike?", "Elissa Slotkin", "SLOTKIN", { optional: true }),
    q("I'd characterize it as tens of minutes.", "Harriet Solberg", "SOLBERG", { optional: true }),
    q("Were they waving?", "Elissa Slotkin", "SLOTKIN", { optional: true }),
    q("I won't characterize their gestures in open session.", "Harriet Solberg", "SOLBERG", { optional: true }),
    q(
      "Then characterize this: would a sailor of ours, on that hull, have been shipwrecked?",
      "Elissa Slotkin",
      "SLOTKIN",
      { optional: true },
    ),
    q(
      "Under the law, senator, a shipwrecked person who refrains from hostile acts is protected. That's the standard we train to.",
      "Harriet Solberg",
      "SOLBERG",
      { optional: true },
    ),
    q("in the twenties", "Harriet Solberg", "Solberg"),
    q("If this is a war", "Tim Kaine", "Kaine"),
    q("Congress should vote on it. If it isn't, then what are we doing?", "Tim Kaine", "Kaine"),
  ],
  mentions: {
    "Senate Armed Services Committee": ["Senate Armed Services Committee"],
    "US Department of Defense": ["Pentagon", "Department of War"],
    "Jack Reed": ["Jack Reed", "Reed"],
    "Harriet Solberg": ["Harriet Solberg", "Solberg"],
    "Joint Staff": ["Joint Staff"],
    "The Washington Post": ["The Washington Post", "Post"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Nathaniel Brisco": ["Nathaniel Brisco", "Brisco"],
    "Frank M. Bradley": ["Frank M. Bradley", "Bradley"],
    "Joint Special Operations Command": ["JSOC"],
    "Tim Kaine": ["Tim Kaine", "Kaine"],
    "Office of Legal Counsel": ["OLC"],
    "Roger Wicker": ["Roger Wicker", "Wicker"],
    "Dan Sullivan": ["Dan Sullivan"],
    "Elissa Slotkin": ["Elissa Slotkin"],
    CIA: ["CIA"],
    "US Coast Guard": ["U.S. Coast Guard"],
    "US Congress": ["Congress"],
  },
  optionalMentions: {
    "Beltway Dispatch": ["BELTWAY DISPATCH"],
    "Owen Castellanos-Pike": ["Owen Castellanos-Pike"],
    "Democratic Party": ["Democrat", "Democrats"],
    "Republican Party": ["Republicans", "Republican"],
    "Elissa Slotkin": ["SLOTKIN"],
    "Harriet Solberg": ["SOLBERG"],
    "United States": ["Americans"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
  },
  figures: [
    { text: "two men", value: 2, kind: "survivors", qualifier: null, occurrence: 1, optional: true },
    { text: "nine people", value: 9, kind: "killed", qualifier: null },
    { text: "Two survivors", value: 2, kind: "survivors", qualifier: null, optional: true },
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
    { text: "the two men", value: 2, kind: "survivors", qualifier: null, occurrence: 1, optional: true },
    { text: "the two men", value: 2, kind: "survivors", qualifier: null, occurrence: 2, optional: true },
    { text: "at least 22 strikes", value: 22, kind: "strikes", qualifier: "at least" },
    { text: "at least 87 people", value: 87, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Friday, Dec. 12, 2025": { date: "2025-12-12", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    Thursday: { date: "2025-12-11", precision: "day" },
    "Nov. 28": { date: "2025-11-28", precision: "day" },
    "earlier this month": { date: "2025-12", precision: "month" },
    "last week": { date: "2025-12-01", precision: "week" },
    "October 2024": { date: "2024-10", precision: "month" },
    November: { date: "2025-11", precision: "month" },
    January: { date: "2026-01", precision: "month" },
  },
};
export default labels;
