import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * British broadsheet: ‘ ’ quote marks with ’ apostrophes inside quotes
 * ("boat’s", "can’t"), Mr/Ms/Dr/Sir, a spokesman for a named minister (the
 * minister speaks), "a No 10 spokesman said:" (Downing Street), an anonymous
 * Whitehall source and an unnamed territory official (null), two Healeys
 * (the Defence Secretary is always "John Healey"; "Healey" alone is the
 * lawyer), a nested “ ” quote inside ‘ ’ (inner, an unnamed American,
 * optional), a deck word in marks (scare), a subhead quote (optional), MoD
 * and MI6 never spelled out, "Whitehall" as the government (optional),
 * overseas territories (optional). Published Friday 14 November 2025:
 * "Tuesday" is the 11th, "this week" the week of 10 November.
 */
const labels: ArticleLabels = {
  id: "h5_12_british_intel_pause_territories",
  file: "tests/gold/heldout5/articles/h5_12_british_intel_pause_territories.txt",
  outlet: "The Albion Times",
  published: "2025-11-14",
  invented: true,
  quotes: [
    scare("unlawful"),
    q("We do not comment on intelligence matters", "John Healey", "John Healey"),
    q(
      "The UK and the US have one of the closest defence relationships in the world, and that will not change.",
      "John Healey",
      "John Healey",
    ),
    q(
      "That is a matter for the United States. Our own operations in the region are conducted in line with international law.",
      "Downing Street",
      "No 10",
    ),
    q("WE CAN’T BE PART OF IT", null, null, { optional: true }),
    q(
      "Once you know the boat’s going to be blown up rather than boarded, you can’t keep handing over the coordinates",
      null,
      null,
    ),
    q("Government lawyers have been clear about that since September.", null, null),
    q("long-standing and well understood", "Yvette Cooper", "Yvette Cooper"),
    q("operational specifics", "Yvette Cooper", "Yvette Cooper"),
    q(
      "If British information is used to identify a boat and that boat is then destroyed without any attempt to arrest the crew, the UK is exposed",
      "Anna Healey",
      "Healey",
    ),
    q("The Foreign Office lawyers will have read the same rules I have.", "Anna Healey", "Healey"),
    q("the right thing, quietly", "Helen Garroway", "Helen Garroway"),
    q("I would rather they did it loudly", "Helen Garroway", "Helen Garroway"),
    q("putting lawyers ahead of allies", "Tom Ashworth-Bligh", "Tom Ashworth-Bligh"),
    q(
      "Our boys go out to stop the same boats. The Americans used to call us on the radio. Now they call the missiles.",
      null,
      null,
    ),
    q("the kind of thing allies do to each other privately", "Malcolm Pryce-Edwards", "Malcolm Pryce-Edwards"),
    q(
      "quietly reversed the moment Washington produces a legal basis we can live with",
      "Malcolm Pryce-Edwards",
      "Malcolm Pryce-Edwards",
    ),
    q(
      "“You Brits always want the lawyers in the room.” I told him that was rather the point.",
      "Malcolm Pryce-Edwards",
      "Malcolm Pryce-Edwards",
    ),
    q("You Brits always want the lawyers in the room.", null, null, { optional: true }),
    q("values its intelligence partnership with the United Kingdom", "US Embassy in London", "US embassy in London"),
    q(
      "lawful, necessary and directed against designated terrorist organisations",
      "US Embassy in London",
      "US embassy in London",
    ),
  ],
  mentions: {
    "United Kingdom": ["Britain", "UK", "United Kingdom"],
    "United States": ["Washington", "United States", "US"],
    "John Healey": ["John Healey"],
    "Royal Navy": ["Royal Navy"],
    "Downing Street": ["Downing Street", "No 10"],
    "Yvette Cooper": ["Yvette Cooper"],
    "Anna Healey": ["Anna Healey", "Healey"],
    "King's College London": ["King’s College London"],
    "UK Foreign Office": ["Foreign Office"],
    "Helen Garroway": ["Helen Garroway"],
    "House of Commons": ["Commons"],
    "Tom Ashworth-Bligh": ["Tom Ashworth-Bligh"],
    "British Army": ["Army"],
    "Malcolm Pryce-Edwards": ["Malcolm Pryce-Edwards"],
    MI6: ["MI6"],
    "US Embassy in London": ["US embassy in London"],
    Netherlands: ["Netherlands"],
    Colombia: ["Colombia"],
    France: ["France"],
    "US Department of Defense": ["Pentagon"],
    "Ministry of Defence": ["MoD"],
  },
  optionalMentions: {
    "The Albion Times": ["THE ALBION TIMES"],
    "Rupert Hallam-Quayle": ["Rupert Hallam-Quayle"],
    "United Kingdom": ["Whitehall", "British", "Brits"],
    "United States": ["American", "Americans"],
    "HMS Medway": ["HMS Medway"],
    "Labour Party": ["Labour"],
    "Conservative Party": ["Conservatives", "Tory"],
    Anguilla: ["Anguilla"],
    Montserrat: ["Montserrat"],
    "British Virgin Islands": ["British Virgin Islands"],
    "Cayman Islands": ["Cayman Islands"],
    "Turks and Caicos Islands": ["Turks and Caicos Islands"],
  },
  figures: [
    { text: "at least 76 people", value: 76, kind: "killed", qualifier: "at least" },
    { text: "at least 19 strikes", value: 19, kind: "strikes", qualifier: "at least" },
  ],
  dates: {
    "Friday 14 November 2025": { date: "2025-11-14", precision: "day" },
    "start of September": { date: "2025-09", precision: "month" },
    Tuesday: { date: "2025-11-11", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    Wednesday: { date: "2025-11-12", precision: "day" },
    "this week": { date: "2025-11-10", precision: "week" },
    "2 September": { date: "2025-09-02", precision: "day" },
    "the end of the year": { date: "2025-12", precision: "month", optional: true },
  },
};
export default labels;
