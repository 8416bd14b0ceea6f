import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Markets live blog, newest entry first, GMT timestamps (times, not dates):
 * a KEY POINTS list (its fragment quote optional), a speech quoted after a
 * colon lead-in in the previous paragraph, "in an interview with Bloomberg
 * Television", "she added", "in a note to clients", "Echoing her, a … fund
 * manager" and an anonymous trader (null), an X post introduced with "wrote:",
 * "wrote on Truth Social", "he wrote on X". Many distractor numbers: prices,
 * percentages, barrels, reserves, sailors, aircraft, warships, personnel.
 * "today"/"tomorrow" are the publication day and the next.
 */
const labels: ArticleLabels = {
  id: "h4_08_marketdesk_live_oil_venezuela",
  file: "tests/gold/heldout4/articles/h4_08_marketdesk_live_oil_venezuela.txt",
  outlet: "MarketDesk",
  published: "2025-11-17",
  invented: true,
  quotes: [
    q("may be", "Donald Trump", "Trump", { optional: true, occurrence: 1 }),
    q(
      "Venezuela is a country of peace. We are ready to talk, face to face, with whoever wants to talk. But Venezuela will not kneel.",
      "Nicolás Maduro",
      "Nicolás Maduro",
    ),
    q("a bet on a deal, not on a war.", "Helena Sokolova-Marsh", "Helena Sokolova-Marsh"),
    q("Nobody holding these bonds thinks a carrier group is good news", "Helena Sokolova-Marsh", "Helena Sokolova-Marsh"),
    q("They think it's leverage, and leverage usually ends at a table.", "Helena Sokolova-Marsh", "Helena Sokolova-Marsh"),
    q("selling into the rally, not chasing it.", null, null),
    q("The market has priced a lot of noise and very little disruption", "Ruth Okonjo-Abara", "Ruth Okonjo-Abara"),
    q("would need to see tankers stop, not boats sink.", null, null),
    q(
      "The Cartel de los Soles, headed by Nicolás Maduro, has corrupted Venezuela's military, intelligence service and courts. From Nov. 24 it will be treated as what it is: a foreign terrorist organization.",
      "Marco Rubio",
      "Marco Rubio",
    ),
    q("We may be talking to Maduro. We'll see how it turns out. He'd like to talk.", "Donald Trump", "Donald Trump"),
    q("the Drug Cartels are being taken off the water, ONE BOAT AT A TIME", "Donald Trump", "Donald Trump"),
    q("Operation Southern Spear will defend our Homeland and clear our Hemisphere of narco-terrorists", "Pete Hegseth", "Pete Hegseth"),
  ],
  mentions: {
    "United States": ["Washington", "US"],
    Venezuela: ["Venezuela", "Caracas"],
    "Cartel de los Soles": ["Cartel de los Soles"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "Nicolás Maduro": ["Nicolás Maduro", "Maduro"],
    MarketDesk: ["MarketDesk"],
    "US Department of Defense": ["Pentagon"],
    VTV: ["VTV"],
    "Helena Sokolova-Marsh": ["Helena Sokolova-Marsh"],
    "Brightwater Capital": ["Brightwater Capital"],
    "Bloomberg Television": ["Bloomberg Television"],
    China: ["China"],
    Chevron: ["Chevron"],
    PDVSA: ["PDVSA"],
    "Ruth Okonjo-Abara": ["Ruth Okonjo-Abara"],
    "Kestrel Energy Partners": ["Kestrel Energy Partners"],
    "Marco Rubio": ["Marco Rubio"],
    "US State Department": ["State Department"],
    "US Navy": ["US Navy"],
    "Pete Hegseth": ["Pete Hegseth"],
  },
  optionalMentions: {
    Venezuela: ["Venezuelan"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    "Farah Lindqvist-Osei": ["Farah Lindqvist-Osei"],
    "Tobias Renner": ["Tobias Renner"],
    X: ["X"],
    "Truth Social": ["Truth Social"],
  },
  // "Caracas-based": the city, not the government.
  notMentions: [{ text: "Caracas", after: "One Caracas-based" }],
  figures: [
    { text: "21 strikes", value: 21, kind: "strikes", qualifier: null },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "three people", value: 3, kind: "killed", qualifier: null },
  ],
  dates: {
    "Monday 17 November 2025": { date: "2025-11-17", precision: "day" },
    "Nov. 24": { date: "2025-11-24", precision: "day" },
    today: { date: "2025-11-17", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    Saturday: { date: "2025-11-15", precision: "day" },
    tomorrow: { date: "2025-11-18", precision: "day" },
    Sunday: { date: "2025-11-16", precision: "day" },
    "Sunday evening": { date: "2025-11-16", precision: "day" },
    "last week": { date: "2025-11-10", precision: "week" },
    Thursday: { date: "2025-11-13", precision: "day" },
    "this week": { date: "2025-11-17", precision: "week" },
  },
};
export default labels;
