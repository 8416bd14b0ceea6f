import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Sky News-style live blog, newest entry first: timestamped entries with
 * single-quoted entry headings and key points (optional), body in double
 * quotes, "the president said:", an unattributed follow-up paragraph (same
 * speaker), "Sir Keir Starmer's official spokesman" (-> Starmer), "He
 * added:", an anonymous former lawyer in the correspondent's analysis,
 * reported order "kill everybody", "The Post", ICRC spokesperson.
 */
const labels: ArticleLabels = {
  id: "h9_04_sky_liveblog_second_strike",
  file: "tests/gold/heldout9/articles/h9_04_sky_liveblog_second_strike.txt",
  outlet: "Sky News",
  published: "2025-12-02",
  invented: true,
  quotes: [
    // Headline, key points and entry headings.
    q("did not personally see survivors", "Pete Hegseth", "Hegseth", { occurrence: 1, optional: true }),
    q("I did not personally see survivors", "Pete Hegseth", "Hegseth", { occurrence: 1, optional: true }),
    q("complete confidence", "Donald Trump", "Trump", { occurrence: 1, optional: true }),
    q("complete confidence", "Donald Trump", "Trump", { occurrence: 2, optional: true }),
    q("I did not personally see survivors", "Pete Hegseth", "Hegseth", { occurrence: 2, optional: true }),
    q("They finished off wounded men", "Nicolás Maduro", "Maduro", { occurrence: 1, optional: true }),
    q("within his authority", "Karoline Leavitt", "Karoline Leavitt", { occurrence: 1, optional: true }),

    q("If there's nothing to hide, show us the video. All of it", "Mark Warner", "Mark Warner"),
    q("directly, under oath if necessary", "Jim Himes", "Jim Himes"),
    q("Pete's doing a great job. He has my complete confidence. I wasn't there, he wasn't watching every second, and the admiral made a decision.", "Donald Trump", "Donald Trump"),
    q("would have liked to see", "Donald Trump", "Donald Trump"),
    q("if that was possible", "Donald Trump", "Donald Trump"),
    q("I did not personally see survivors, because the thing was on fire and it was exploded. This is called the fog of war", "Pete Hegseth", "Pete Hegseth"),
    q("Admiral Bradley made the correct call. He had the complete authority to do it, and I stand by him.", "Pete Hegseth", "Pete Hegseth"),
    q("If two men are clinging to wreckage, they are shipwrecked. Under the laws of war, you do not shoot the shipwrecked. There is no ambiguity about that.", null, null),
    q("We don't comment on intelligence matters, as you'd expect.", "Keir Starmer", "Keir Starmer"),
    q("The prime minister has been clear that we expect all partners to act in accordance with international law.", "Keir Starmer", "Keir Starmer"),
    q("Ministers need to tell parliament, clearly and today, whether any British intelligence fed into a strike that killed men clinging to the wreckage of a boat", "Calum Miller", "Calum Miller"),
    q("must not be lectured by Venezuela's dictator", "Priti Patel", "Priti Patel"),
    q("set out what it knows", "Priti Patel", "Priti Patel"),
    q("kill everybody", "Pete Hegseth", "Hegseth"),
    q("fake news", "Pete Hegseth", "Hegseth"),
    q("fabricated, inflammatory and derogatory", "Pete Hegseth", "Hegseth"),
    q("killing fishermen and calling it war", "Nicolás Maduro", "Nicolas Maduro"),
    q("Now the whole world has seen it. They finished off wounded men in the water", "Nicolás Maduro", "Nicolas Maduro"),
    q("well within his authority and the law", "Karoline Leavitt", "Karoline Leavitt", { occurrence: 1 }),
    q("Admiral Bradley worked well within his authority and the law, directing the engagement to ensure the boat was destroyed and the threat to the United States of America was eliminated", "Karoline Leavitt", "Karoline Leavitt"),
    q("International humanitarian law is clear that persons who are shipwrecked must be respected and protected, whoever they are.", "International Committee of the Red Cross", "International Committee of the Red Cross"),
  ],
  mentions: {
    "United States": ["US", "Washington", "United States of America"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth", "Pete"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "US Congress": ["Congress"],
    "Downing Street": ["Downing Street"],
    "United Kingdom": ["UK"],
    "US Department of Defense": ["Pentagon"],
    "Mark Warner": ["Mark Warner"],
    "Senate Select Committee on Intelligence": ["Senate intelligence committee"],
    "Jim Himes": ["Jim Himes"],
    "House Permanent Select Committee on Intelligence": ["House intelligence committee"],
    "Frank M. Bradley": ["Frank Bradley", "Bradley"],
    "White House": ["White House"],
    "Keir Starmer": ["Keir Starmer"],
    "Sky News": ["Sky News"],
    "Calum Miller": ["Calum Miller"],
    "House of Commons": ["Commons"],
    "Priti Patel": ["Priti Patel"],
    Venezuela: ["Venezuela"],
    "Tren de Aragua": ["Tren de Aragua"],
    "The Washington Post": ["The Washington Post", "The Post"],
    "Nicolás Maduro": ["Nicolas Maduro", "Maduro"],
    "Karoline Leavitt": ["Karoline Leavitt"],
    "International Committee of the Red Cross": ["International Committee of the Red Cross", "Red Cross"],
  },
  optionalMentions: {
    "Ollie Brennan": ["Ollie Brennan"],
    "Hannah Greaves": ["Hannah Greaves"],
    "Democratic Party": ["Democrats", "Democrat"],
    "Liberal Democrats": ["Liberal Democrats"],
    X: ["X"],
    "United Kingdom": ["British"],
    Venezuela: ["Venezuelan"],
  },
  // "19:30, UK" is the blog's time zone, not the government.
  notMentions: [{ text: "UK", after: "19:30, " }],
  figures: [
    { text: "two survivors", value: 2, kind: "killed", qualifier: null },
    // They survived the first blast and were killed by the second (older sets: "two men" killed).
    { text: "two men", value: 2, kind: "killed", qualifier: null, occurrence: 2, optional: true },
    { text: "11 people", value: 11, kind: "killed", qualifier: null },
    { text: "more than 20 further strikes", value: 20, kind: "strikes", qualifier: "more than" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
    { text: "two men", value: 2, kind: "killed", qualifier: null, occurrence: 3 },
  ],
  dates: {
    "Tuesday 2 December 2025": { date: "2025-12-02", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    // "to brief Congress on Thursday", "will put to him on Thursday": the coming Thursday.
    Thursday: { date: "2025-12-04", precision: "day" },
    "2 September": { date: "2025-09-02", precision: "day" },
    "this afternoon": { date: "2025-12-02", precision: "day", optional: true },
    "last month": { date: "2025-11", precision: "month" },
    today: { date: "2025-12-02", precision: "day" },
    "last week": { date: "2025-11-24", precision: "week" },
    yesterday: { date: "2025-12-01", precision: "day" },
  },
};
export default labels;
