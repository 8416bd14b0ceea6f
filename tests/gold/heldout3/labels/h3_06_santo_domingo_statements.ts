import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Regional wire, statement-heavy: "In a statement, the Navy ... (ARD) said:" colon
 * intros, a named presidency spokesman reading a reply, a person's office speaking
 * for the person, an unnamed department spokesperson (the institution speaks),
 * "the statement said", an unnamed group of UN experts (speaker null), the
 * admiral named once then "The admiral", "Admiral Holsey" inside a quote,
 * acronyms tied in parentheses (ARD, DNCD, OHCHR), "December" pointing forward.
 */
const labels: ArticleLabels = {
  id: "h3_06_santo_domingo_statements",
  file: "tests/gold/heldout3/articles/h3_06_santo_domingo_statements.txt",
  outlet: "Caribbean Wire Service",
  published: "2025-11-19",
  invented: true,
  quotes: [
    q(
      "Following information provided by partner nations, ARD units located and secured the cargo of a vessel neutralised by United States forces on Sunday, Nov. 16. No survivors were found.",
      "Navy of the Dominican Republic",
      "Navy of the Dominican Republic",
    ),
    q("no information about the identity of the occupants.", "Rafael Encarnación", "Rafael Encarnación"),
    q(
      "Three male narco-terrorists aboard the vessel were killed. The vessel was operated by a Designated Terrorist Organization",
      "US Southern Command",
      "US Southern Command",
    ),
    q("fully within the framework of Dominican law and our international commitments.", "Luis Abinader", "Luis Abinader"),
    q("The government will evaluate every request on its merits.", "Ramón Antonio Lugo Féliz", "Ramón Antonio Lugo Féliz"),
    q(
      "Using lethal military force against people suspected of smuggling drugs, without any attempt at arrest and without any judicial process, amounts to arbitrary deprivation of life",
      null,
      null,
    ),
    q("States that provide intelligence or logistical support may share responsibility.", null, null),
    q("Finding drugs afterwards does not make a killing lawful beforehand", "Teodora Valkanova", "Valkanova"),
    q(
      "These are not police actions. The President has determined that these cartels are unlawful combatants, and the United States is acting in self-defense",
      "US State Department",
      "State Department",
    ),
    q("Admiral Holsey remains fully focused on the mission until the day he hands over command.", "US Southern Command", "Southern Command"),
  ],
  mentions: {
    "Navy of the Dominican Republic": ["Dominican Navy", "Navy of the Dominican Republic", "ARD"],
    "United States": ["US", "United States", "Washington"],
    "United Nations": ["UN"],
    "Dominican Republic": ["Dominican Republic"],
    "National Directorate for Drug Control": ["National Directorate for Drug Control", "DNCD"],
    "Rafael Encarnación": ["Rafael Encarnación"],
    "US Southern Command": ["US Southern Command", "Southern Command", "Southcom"],
    "US Department of Defense": ["Pentagon"],
    "Luis Abinader": ["Luis Abinader"],
    "Ramón Antonio Lugo Féliz": ["Ramón Antonio Lugo Féliz"],
    "UN Human Rights Council": ["UN Human Rights Council"],
    "Office of the UN High Commissioner for Human Rights": ["Office of the UN High Commissioner for Human Rights", "OHCHR"],
    "Teodora Valkanova": ["Teodora Valkanova", "Valkanova"],
    "Caribbean Wire Service": ["Caribbean Wire Service"],
    "US State Department": ["State Department"],
    "Pete Hegseth": ["Pete Hegseth"],
    "Alvin Holsey": ["Alvin Holsey", "Holsey"],
    Haiti: ["Haiti"],
    Ecuador: ["Ecuador"],
    "Daniel Noboa": ["Daniel Noboa"],
  },
  optionalMentions: {
    "Caribbean Wire Service": ["CARIBBEAN WIRE SERVICE"],
    "Dominican Republic": ["Dominican"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
  },
  figures: [
    { text: "No survivors", value: 0, kind: "survivors", qualifier: null, optional: true },
    { text: "three people", value: 3, kind: "killed", qualifier: null, optional: true },
    { text: "Three male narco-terrorists", value: 3, kind: "killed", qualifier: null },
    { text: "21st strike", value: 21, kind: "strikes", qualifier: null },
    { text: "83 people", value: 83, kind: "killed", qualifier: null },
  ],
  dates: {
    "Nov. 19, 2025": { date: "2025-11-19", precision: "day" },
    Wednesday: { date: "2025-11-19", precision: "day" },
    "the weekend": { date: "2025-11-10", precision: "week", optional: true },
    "Sunday, Nov. 16": { date: "2025-11-16", precision: "day" },
    Sunday: { date: "2025-11-16", precision: "day" },
    Monday: { date: "2025-11-17", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    "Thursday, Nov. 13": { date: "2025-11-13", precision: "day" },
    "mid-October": { date: "2025-10", precision: "month" },
    December: { date: "2025-12", precision: "month" },
  },
};
export default labels;
