import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * British broadsheet, Dutch/French angle: ‘ ’ marks whose closing mark is
 * also the apostrophe (anyone’s, don’t, they’re inside quotes), commas inside
 * or outside the mark, Mr/Ms, a speaker named in the sentence after his quote,
 * "the minister said", "Mr Pisas’s office said" (the person speaks), a
 * government spokesman of an island (optional: institution only implied),
 * "Echoing Mr Barrot", an anonymous Whitehall source (null), MoD and Foreign
 * Office, The Hague as government and as a place, sailors and warships as
 * distractors.
 */
const labels: ArticleLabels = {
  id: "h4_06_sentinel_dutch_french_islands",
  file: "tests/gold/heldout4/articles/h4_06_sentinel_dutch_french_islands.txt",
  outlet: "The Sentinel",
  published: "2025-11-22",
  invented: true,
  quotes: [
    // Headline: a trimmed version of the quote below.
    q("We look at the sky before the water", "Roderick Isenia", "Roderick Isenia", { optional: true }),
    q("We fish where our grandfathers fished. Now we look at the sky before we look at the water.", "Roderick Isenia", "Roderick Isenia"),
    q("not been asked, and has not given permission, for any use of Dutch territory in these operations", "David van Weel", "David van Weel"),
    q("reviewing, as a matter of course", "David van Weel", "David van Weel"),
    q("I am not going to discuss intelligence arrangements in this chamber.", "David van Weel", "David van Weel"),
    q(
      "The Royal Netherlands Navy continues its counter-narcotics patrols in the Caribbean part of the Kingdom under Dutch command and Dutch law",
      "Ilse Verbeek",
      "Ilse Verbeek",
    ),
    q("It does not take part in the American operation.", "Ilse Verbeek", "Ilse Verbeek"),
    q("will not be a launch pad for anyone’s war", "Gilmar Pisas", "Gilmar Pisas"),
    q("as strong as ever", "Aruba", "Aruba", { optional: true }),
    q("disregard international law", "Jean-Noël Barrot", "Jean-Noël Barrot"),
    q("present in the Caribbean through its overseas territories", "Jean-Noël Barrot", "Jean-Noël Barrot"),
    q("a war on our doorstep that nobody has declared", "Serge Létang-Hippolyte", "Serge Létang-Hippolyte"),
    q("Our boys go out at night with lights off to save fuel", "Nadège Bellerose-Anatole", "Nadège Bellerose-Anatole"),
    q("We don’t want anyone mistaking them for something they’re not.", "Nadège Bellerose-Anatole", "Nadège Bellerose-Anatole"),
    q(
      "It is absurd that British MPs have to read about British intelligence policy in the American press",
      "Aisha Brannigan-Coker",
      "Aisha Brannigan-Coker",
    ),
    q("If the government has concluded these strikes are unlawful, it should say so.", "Aisha Brannigan-Coker", "Aisha Brannigan-Coker"),
    q("not in the business of helping anyone do something we could not defend in court", null, null),
    q("They say they know exactly who is on those boats", "Roderick Isenia", "Isenia"),
    q("Maybe. But I would like to know how.", "Roderick Isenia", "Isenia"),
  ],
  mentions: {
    "United States": ["US"],
    Netherlands: ["Netherlands", "The Hague"],
    France: ["France", "Paris"],
    "United Kingdom": ["UK"],
    Curaçao: ["Curaçao"],
    Aruba: ["Aruba"],
    Venezuela: ["Venezuela"],
    "US Department of Defense": ["Pentagon"],
    "David van Weel": ["David van Weel"],
    "Ilse Verbeek": ["Ilse Verbeek"],
    "Royal Netherlands Navy": ["Royal Netherlands Navy"],
    "Gilmar Pisas": ["Gilmar Pisas"],
    "Jean-Noël Barrot": ["Jean-Noël Barrot", "Barrot"],
    "Group of Seven": ["G7"],
    Canada: ["Canada"],
    "Serge Létang-Hippolyte": ["Serge Létang-Hippolyte"],
    "Nadège Bellerose-Anatole": ["Nadège Bellerose-Anatole"],
    "Ministry of Defence": ["MoD"],
    "UK Foreign Office": ["Foreign Office"],
    "Aisha Brannigan-Coker": ["Aisha Brannigan-Coker"],
    "Labour Party": ["Labour"],
    "House of Commons": ["Commons"],
    "Roderick Isenia": ["Roderick Isenia", "Isenia"],
  },
  optionalMentions: {
    "United Kingdom": ["Whitehall", "British"],
    Netherlands: ["Dutch", "Kingdom"],
    "United States": ["American"],
    Bonaire: ["Bonaire"],
    Martinique: ["Martinique"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
    "The Sentinel": ["The Sentinel"],
    "Harriet Quarles-Finch": ["Harriet Quarles-Finch"],
    "Olivier Marchetti-Brun": ["Olivier Marchetti-Brun"],
  },
  // The Hague as the place where the minister spoke, not the government.
  notMentions: [{ text: "The Hague", after: "In The Hague" }],
  // A city, not the country.
  notMentionForms: ["Fort-de-France"],
  figures: [
    { text: "at least 21 strikes", value: 21, kind: "strikes", qualifier: "at least" },
    { text: "at least 83 people", value: 83, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "Saturday 22 November 2025": { date: "2025-11-22", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    Thursday: { date: "2025-11-20", precision: "day" },
    Friday: { date: "2025-11-21", precision: "day" },
    "earlier this month": { date: "2025-11", precision: "month" },
    "11 November": { date: "2025-11-11", precision: "day" },
    "16 November": { date: "2025-11-16", precision: "day" },
  },
};
export default labels;
