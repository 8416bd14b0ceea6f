import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * Dominican daily's English summary (Diario Libre-style): masthead and
 * "Santo Domingo, DR |" dateline, Spanish-style attributions ("the DNCD
 * reported", "the legislator stated", "said Tavárez Lora in a press
 * conference"), agency statements ("The agency said", "The Ministry of
 * Defense said"), "Navy" as the Dominican navy, kilos/bales/miles as
 * distractors.
 */
const labels: ArticleLabels = {
  id: "h11_07_diario_libre_bales",
  file: "tests/gold/heldout11/articles/h11_07_diario_libre_bales.txt",
  outlet: "Diario Libre",
  published: "2025-12-16",
  invented: true,
  quotes: [
    q("in coordination with partners of the United States", "National Directorate for Drug Control", "DNCD"),
    q("the result of the close collaboration that exists today between the Dominican Republic and the United States against transnational crime.", "Héctor Julio Tavárez Lora", "Héctor Julio Tavárez Lora"),
    q("Every kilo that we take out of the sea is a kilo that does not reach our neighborhoods", "Héctor Julio Tavárez Lora", "Tavárez Lora"),
    q("a lethal kinetic strike", "US Southern Command", "US Southern Command"),
    q("designated terrorist organizations", "US Southern Command", "US Southern Command"),
    q("continues in the area", "Luis Alberto Guzmán", "Luis Alberto Guzmán"),
    q("The Dominican Republic is not going to be a spectator while others poison our youth", "Luis Abinader", "Abinader"),
    q("limited, temporary and subject to our Constitution.", "Luis Abinader", "Abinader"),
    q("leadership", "Pete Hegseth", "Hegseth"),
    q("a model partner", "Pete Hegseth", "Hegseth"),
    q("should have consulted the National Congress", "Rosa Elvira Mateo Féliz", "Rosa Elvira Mateo Féliz"),
    q("We are not against fighting drugs. We are against this being done behind the backs of the Dominican people", "Rosa Elvira Mateo Féliz", "Rosa Elvira Mateo Féliz"),
    q("on alert", "Ministry of Defense of the Dominican Republic", "Ministry of Defense"),
    q("People are afraid to go too far. We hear the planes at night", "Ramón Peguero", "Ramón Peguero"),
  ],
  mentions: {
    "Navy of the Dominican Republic": ["Navy of the Dominican Republic", "ARD", "Navy"],
    "United States": ["US", "United States"],
    "National Directorate for Drug Control": ["National Directorate for Drug Control", "DNCD"],
    "Dominican Republic": ["Dominican Republic"],
    "Héctor Julio Tavárez Lora": ["Héctor Julio Tavárez Lora", "Tavárez Lora"],
    "US Southern Command": ["US Southern Command"],
    "Luis Alberto Guzmán": ["Luis Alberto Guzmán"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Luis Abinader": ["Luis Abinader", "Abinader"],
    "Rosa Elvira Mateo Féliz": ["Rosa Elvira Mateo Féliz"],
    "National Congress of the Dominican Republic": ["National Congress"],
    "United Nations": ["United Nations"],
    Colombia: ["Colombia"],
    Venezuela: ["Venezuela"],
    "Ministry of Defense of the Dominican Republic": ["Ministry of Defense"],
    "Diario Libre": ["Diario Libre"],
    "Ramón Peguero": ["Ramón Peguero"],
  },
  optionalMentions: {
    "Diario Libre": ["Diario Libre English"],
    "Dominican Republic": ["Dominican"],
    "Fuerza del Pueblo": ["Fuerza del Pueblo"],
    "Armed Forces of the Dominican Republic": ["Armed Forces"],
  },
  figures: [
    { text: "three people", value: 3, kind: "killed", qualifier: null },
    { text: "at least 25 strikes", value: 25, kind: "strikes", qualifier: "at least" },
    { text: "at least 95 deaths", value: 95, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    "December 16, 2025": { date: "2025-12-16", precision: "day" },
    Sunday: { date: "2025-12-14", precision: "day" },
    "this Tuesday": { date: "2025-12-16", precision: "day" },
    // "the close collaboration that exists today": the present, not a day.
    today: { date: "2025-12-16", precision: "day", optional: true },
    "November 26": { date: "2025-11-26", precision: "day" },
    September: { date: "2025-09", precision: "month" },
  },
};
export default labels;
