import { q, scare, type ArticleLabels } from "../../tools/label-spec";

/**
 * French agency copy in literal English translation: « » marks with the
 * comma outside, "declared the head of the French diplomacy" (title only,
 * after the name), "estimated ... that these operations «...»", "he
 * explained to AAP", a prefect's communiqué, an anonymous military source
 * (null), a government as speaker ("The Aruban government ... said in a
 * communiqué"), two Maduros (Curaçao's justice minister is "Mr. Maduro";
 * the Venezuelan president is always "Nicolás Maduro"), acronyms defined
 * (G7, CRPMEM, FAA), Fort-de-France (not France), "In Washington" / "At The
 * Hague" as scene-setting (optional) beside Washington and The Hague as
 * governments, a technical term in marks (scare), Washington's own labels
 * after "affirms" / "qualifies as" (statements). Dated Thursday 13 November
 * 2025: "this week" is the week of 10 November, "next week" of 17 November.
 */
const labels: ArticleLabels = {
  id: "h5_07_agency_antilles_curacao",
  file: "tests/gold/heldout5/articles/h5_07_agency_antilles_curacao.txt",
  outlet: "Agence Atlantique Presse",
  published: "2025-11-13",
  invented: true,
  quotes: [
    q("are conducted in contempt of international law", "Jean-Noël Barrot", "Jean-Noël Barrot"),
    q(
      "France has in this region several hundreds of thousands of compatriots, in Martinique, in Guadeloupe, in Guyane, at Saint-Martin and at Saint-Barthélemy. Their security, and the security of the sea that they share with their neighbours, concern us directly",
      "Jean-Noël Barrot",
      "Jean-Noël Barrot",
    ),
    q("have no lessons to give", "Marco Rubio", "Marco Rubio"),
    scare("forward operating locations"),
    q("serve only for detection and monitoring", "David van Weel", "David van Weel"),
    q("has been prepared or launched from the Kingdom", "David van Weel", "David van Weel"),
    q("is not party to this campaign", "David van Weel", "David van Weel"),
    q(
      "We are not a launching pad. We are an island of one hundred and fifty thousand inhabitants who live from the sea and from tourism",
      "Ivar Maduro",
      "Maduro",
    ),
    q("follows the situation with attention", "Aruba", "Aruban government"),
    q("does not authorise any offensive use", "Aruba", "Aruban government"),
    q("clarify who patrols where", "Fabrice Léandre-Sainte-Rose", "Fabrice Léandre-Sainte-Rose"),
    q(
      "Our boats are yoles, not submarines. But at night, at fifty miles, a yole and a go-fast resemble each other",
      "Fabrice Léandre-Sainte-Rose",
      "Fabrice Léandre-Sainte-Rose",
    ),
    q("No incident implicating a French fisherman has been reported", "Étienne Vasseur-Lamy", "Étienne Vasseur-Lamy"),
    q("remain in permanent contact", "Étienne Vasseur-Lamy", "Étienne Vasseur-Lamy"),
    q("reinforced the vigilance", null, null),
    q("cannot content itself with expressing concern", "Marie-Josée Anicet-Bellay", "Marie-Josée Anicet-Bellay"),
    q("armed conflict", "United States", "Washington"),
    q("narco-terrorist", "United States", "Washington"),
  ],
  mentions: {
    France: ["France", "Paris"],
    Netherlands: ["The Hague", "Netherlands", "Kingdom of the Netherlands"],
    "Agence Atlantique Presse": ["AAP"],
    "Jean-Noël Barrot": ["Jean-Noël Barrot"],
    "Group of Seven": ["Group of Seven", "G7"],
    Canada: ["Canada"],
    "United States": ["United States", "Washington"],
    "Marco Rubio": ["Marco Rubio"],
    Curaçao: ["Curaçao"],
    Aruba: ["Aruba"],
    "David van Weel": ["David van Weel"],
    "Ivar Maduro": ["Ivar Maduro", "Maduro"],
    "Nicolás Maduro": ["Nicolás Maduro"],
    "Council of Ministers of the Kingdom of the Netherlands": ["Kingdom Council of Ministers"],
    "Regional Committee for Marine Fisheries and Marine Farming of Martinique": [
      "Regional Committee for Marine Fisheries and Marine Farming of Martinique",
      "CRPMEM",
    ],
    "Fabrice Léandre-Sainte-Rose": ["Fabrice Léandre-Sainte-Rose"],
    "Étienne Vasseur-Lamy": ["Étienne Vasseur-Lamy"],
    "Armed Forces in the Antilles": ["Armed Forces in the Antilles", "FAA"],
    "French National Assembly": ["National Assembly"],
    "Marie-Josée Anicet-Bellay": ["Marie-Josée Anicet-Bellay"],
    "US Department of Defense": ["Pentagon"],
    "Volker Türk": ["Volker Türk"],
  },
  optionalMentions: {
    "Agence Atlantique Presse": ["Agence Atlantique Presse", "(AAP)"],
    "United States": ["In Washington", "American"],
    Netherlands: ["At The Hague", "Kingdom"],
    Martinique: ["Martinique"],
    Guadeloupe: ["Guadeloupe"],
    "French Guiana": ["Guyane"],
    "Saint-Martin": ["Saint-Martin"],
    "Saint-Barthélemy": ["Saint-Barthélemy"],
    Venezuela: ["Venezuelan"],
    France: ["French"],
    Aruba: ["Aruban"],
    "United Nations": ["United Nations"],
    "European Union": ["European"],
  },
  notMentionForms: ["Fort-de-France"],
  figures: [
    { text: "at least 76 dead", value: 76, kind: "killed", qualifier: "at least" },
    { text: "about twenty strikes", value: 20, kind: "strikes", qualifier: "about" },
  ],
  dates: {
    "13 November 2025": { date: "2025-11-13", precision: "day" },
    "this week": { date: "2025-11-10", precision: "week" },
    "beginning of September": { date: "2025-09", precision: "month" },
    Wednesday: { date: "2025-11-12", precision: "day" },
    "Tuesday 11 November": { date: "2025-11-11", precision: "day" },
    "2000": { date: "2000", precision: "year" },
    Tuesday: { date: "2025-11-11", precision: "day" },
    "next week": { date: "2025-11-17", precision: "week" },
    "2 September": { date: "2025-09-02", precision: "day" },
  },
};
export default labels;
