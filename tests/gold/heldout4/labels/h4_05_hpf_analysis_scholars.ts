import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * Think-tank analysis quoting academics: the writer's own scare quotes
 * (headline 'war', "narco-terrorists", "battlefield"), "the professor" then
 * a quote with no verb of its own, "Thane wrote", "He conceded", "Echoing UN
 * human rights chief Volker Türk, who said …", an unnamed group of UN experts
 * and an anonymous judge advocate (null), "told me", a notice to Congress
 * quoted (document: optional), a Q:/A (Name): podcast excerpt (unmarked:
 * optional). Published 2 January 2026: "last year", "December", "October"
 * are 2025; "this year" and "January" are 2026; "Sept. 2 last year" is one date.
 */
const labels: ArticleLabels = {
  id: "h4_05_hpf_analysis_scholars",
  file: "tests/gold/heldout4/articles/h4_05_hpf_analysis_scholars.txt",
  outlet: "Hemisphere Policy Forum",
  published: "2026-01-02",
  invented: true,
  quotes: [
    scare("war", { after: "erosion of the word '" }),
    scare("narco-terrorists"),
    scare("battlefield."),
    q("non-international armed conflict", null, null, { optional: true }),
    q("There is no such thing as an armed conflict you create by sending a letter", "Miriam Oyelaran-Stokes", "Miriam Oyelaran-Stokes"),
    q(
      "Armed conflict is a fact on the ground: organized armed groups, a certain intensity of violence. Designating a cartel does not make it a party to a war.",
      "Miriam Oyelaran-Stokes",
      "Miriam Oyelaran-Stokes",
    ),
    q(
      "If these men were smugglers, the remedy was arrest. If they were civilians, this was killing. Neither category turns them into soldiers.",
      "Miriam Oyelaran-Stokes",
      "Miriam Oyelaran-Stokes",
    ),
    q(
      "We have been here before, in Panama in 1989, with a drug war that became a real war",
      "Rafael Quintero-Lindqvist",
      "Rafael Quintero-Lindqvist",
    ),
    q("What's new is that this time nobody even pretends there is going to be a trial.", "Rafael Quintero-Lindqvist", "Rafael Quintero-Lindqvist"),
    q(
      "The president has inherent authority to defend the country against organized groups that are killing Americans by the tens of thousands",
      "Gregory Thane",
      "Thane",
    ),
    q("Congress has had four months to say otherwise, and it hasn't.", "Gregory Thane", "Thane"),
    q("relitigating the war on terror with the wrong facts.", "Gregory Thane", "Thane"),
    q("made its own case harder by saying so little.", "Gregory Thane", "Thane"),
    q("unacceptable", "Volker Türk", "Volker Türk"),
    q("extrajudicial executions.", null, null),
    q(
      "is the scenario we used in training to teach young officers what a war crime looks like.",
      "Harlan Voss-Mbatha",
      "Harlan Voss-Mbatha",
    ),
    q("consulted on the outcome, not on the question.", null, null),
    // Podcast transcript lines: speech, but not inside quote marks.
    q("Is there any version of these strikes that would be lawful?", null, null, { optional: true }),
    q(
      "Yes. If Congress authorized force against a specific armed group that meets the threshold, and if the targeting followed the rules, no attacks on the shipwrecked, precautions, positive identification. None of those conditions has been shown.",
      "Miriam Oyelaran-Stokes",
      "Oyelaran-Stokes",
      { optional: true },
    ),
    q("And if Congress never acts?", null, null, { optional: true }),
    q("Then we are relying on the president's word that everyone killed deserved it.", "Miriam Oyelaran-Stokes", "Oyelaran-Stokes", { optional: true }),
  ],
  mentions: {
    "United States": ["US", "United States"],
    Venezuela: ["Venezuela"],
    "US Department of Defense": ["Pentagon"],
    "US Congress": ["Congress"],
    "Miriam Oyelaran-Stokes": ["Miriam Oyelaran-Stokes", "Oyelaran-Stokes"],
    "Georgetown University Law Center": ["Georgetown University Law Center"],
    "US State Department": ["State Department"],
    Panama: ["Panama"],
    "Rafael Quintero-Lindqvist": ["Rafael Quintero-Lindqvist"],
    "University of Texas at Austin": ["University of Texas at Austin"],
    "Gregory Thane": ["Gregory Thane", "Thane"],
    "Naval War College": ["Naval War College"],
    "Volker Türk": ["Volker Türk"],
    "United Nations": ["UN"],
    "Harlan Voss-Mbatha": ["Harlan Voss-Mbatha", "Voss-Mbatha"],
    "US Army": ["Army"],
    "Tim Kaine": ["Tim Kaine"],
    "US Senate": ["Senate"],
    "Inter-American Commission on Human Rights": ["Inter-American Commission on Human Rights"],
  },
  optionalMentions: {
    "Hemisphere Policy Forum": ["Hemisphere Policy Forum"],
    "Celeste Harrow-Nakamura": ["Celeste Harrow-Nakamura"],
    "Trinidad and Tobago": ["Trinidad", "Trinidadian"],
    "United States": ["Americans"],
    Colombia: ["Colombian"],
  },
  figures: [
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
    { text: "at least 35 strikes", value: 35, kind: "strikes", qualifier: "at least", asOf: "2025-12-31" },
    { text: "at least 115 people", value: 115, kind: "killed", qualifier: "at least", asOf: "2025-12-31" },
    // Survivors of the first missile, killed by the second.
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, optional: true },
  ],
  dates: {
    "January 2, 2026": { date: "2026-01-02", precision: "day" },
    "Sept. 2 last year": { date: "2025-09-02", precision: "day" },
    "Sept. 2": { date: "2025-09-02", precision: "day" },
    "end of December": { date: "2025-12", precision: "month" },
    "early October": { date: "2025-10", precision: "month" },
    "last month": { date: "2025-12", precision: "month" },
    "1989": { date: "1989", precision: "year" },
    December: { date: "2025-12", precision: "month" },
    October: { date: "2025-10", precision: "month" },
    "last year": { date: "2025", precision: "year" },
    "this year": { date: "2026", precision: "year" },
    January: { date: "2026-01", precision: "month" },
  },
};
export default labels;
