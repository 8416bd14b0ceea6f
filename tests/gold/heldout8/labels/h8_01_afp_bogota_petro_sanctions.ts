import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * AFP wire from Bogotá, accents dropped as AFP English does: "Bogota (AFP) -"
 * dateline (credit optional, city not a mention), "- Subhead -" lines, straight
 * quotes, partial quotes as objects of "accusing … of", "called", "accused …
 * of", "he wrote" on X, a two-paragraph analyst quote ("he told AFP", "he
 * added"), Treasury as speaker of a fragment, troops/warships as distractors.
 */
const labels: ArticleLabels = {
  id: "h8_01_afp_bogota_petro_sanctions",
  file: "tests/gold/heldout8/articles/h8_01_afp_bogota_petro_sanctions.txt",
  outlet: "AFP",
  published: "2025-10-25",
  invented: true,
  quotes: [
    q("not one step back", "Gustavo Petro", "Gustavo Petro", { optional: true }),
    q("flourish", "US Treasury Department", "US Treasury Department"),
    q("Under President Petro, coca cultivation and cocaine production have reached levels not seen in decades, and the people of the United States are paying the price", "Scott Bessent", "Scott Bessent"),
    q("We will use every tool to protect our country.", "Scott Bessent", "Scott Bessent"),
    q("Decades of fighting drug trafficking, and fighting it well, have earned me a sanction from the very country whose cocaine habit we helped to curb. What a paradox. Not one step back, and never on our knees", "Gustavo Petro", "Petro"),
    q("They will not find a single dollar of the mafia in my accounts, because there is none", "Gustavo Petro", "Petro"),
    q("What they want is a president who keeps quiet while Colombian fishermen are bombed at sea.", "Gustavo Petro", "Petro"),
    q("A bad guy", "Donald Trump", "Donald Trump", { optional: true }),
    q("illegal drug leader", "Donald Trump", "Donald Trump"),
    q("He's a bad guy, a very bad guy, and he's got a big mouth", "Donald Trump", "Trump"),
    q("Colombia is a great country. It has a leader who is not doing the job.", "Donald Trump", "Trump"),
    q("a political revenge", "Armando Benedetti", "Benedetti"),
    q("I have never set foot in a US bank. Let them freeze whatever they find", "Armando Benedetti", "Benedetti"),
    q("use all the diplomatic and legal channels available", "Rosa Villavicencio", "Rosa Villavicencio"),
    q("If you are a narco-terrorist smuggling drugs in our hemisphere, we will treat you like we treat Al-Qaeda", "Pete Hegseth", "Hegseth"),
    q("murder.", "Gustavo Petro", "Petro"),
    q("Washington has used sanctions against Maduro and against the Cuban leadership, never against an elected ally. This is a message to the whole region", "Andrés Felipe Ocampo", "Andres Felipe Ocampo"),
    q("The risk for Petro is limited, he leaves office in August. The risk for Colombia is much bigger, because the military and police depend on that cooperation", "Andrés Felipe Ocampo", "Andres Felipe Ocampo"),
    q("The president has isolated Colombia and now we are all paying for his ego", "Juliana Restrepo", "Juliana Restrepo"),
    q("rebuild the bridge with Washington before it is too late.", "Juliana Restrepo", "Juliana Restrepo"),
    q("Petro talks too much, but the gringos are killing people in boats without a trial. That is not right either", "Wilson Guevara", "Wilson Guevara"),
  ],
  mentions: {
    Colombia: ["Colombia", "Bogota"],
    "United States": ["United States", "US", "Washington"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "US Treasury Department": ["US Treasury Department"],
    "Verónica Alcocer": ["Veronica Alcocer"],
    "Nicolás Petro": ["Nicolas"],
    "Armando Benedetti": ["Armando Benedetti", "Benedetti"],
    "Scott Bessent": ["Scott Bessent"],
    "Caracol Radio": ["Caracol"],
    "Rosa Villavicencio": ["Rosa Villavicencio"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "Tren de Aragua": ["Tren de Aragua"],
    "al-Qaida": ["Al-Qaeda"],
    AFP: ["AFP"],
    "US Department of Defense": ["Pentagon"],
    "Andrés Felipe Ocampo": ["Andres Felipe Ocampo"],
    "Universidad del Rosario": ["Rosario University"],
    "Nicolás Maduro": ["Maduro"],
    "Juliana Restrepo": ["Juliana Restrepo"],
    "Wilson Guevara": ["Wilson Guevara"],
  },
  optionalMentions: {
    AFP: ["(AFP)"],
    "United States": ["American", "gringos"],
    Colombia: ["Colombian"],
    Venezuela: ["Venezuelan"],
    Cuba: ["Cuban"],
    X: ["X"],
    "White House": ["White House"],
    "US Treasury Department": ["Treasury"],
    "Democratic Center": ["Democratic Center"],
    "USS Gerald R. Ford": ["USS Gerald R. Ford"],
  },
  // The dateline and "Bogota's Rosario University" name the city, not the government.
  notMentions: [
    { text: "Bogota", occurrence: 1 },
    { text: "Bogota", after: "political scientist at" },
  ],
  figures: [
    { text: "tenth strike", value: 10, kind: "strikes", qualifier: null, optional: true, after: "carried out a" },
    { text: "Tenth strike", value: 10, kind: "strikes", qualifier: null, optional: true },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "at least 43 people", value: 43, kind: "killed", qualifier: "at least" },
  ],
  dates: {
    Saturday: { date: "2025-10-25", precision: "day" },
    Friday: { date: "2025-10-24", precision: "day" },
    September: { date: "2025-09", precision: "month" },
    "Last weekend": { date: "2025-10-13", precision: "week" },
    "2000": { date: "2000", precision: "year" },
    Wednesday: { date: "2025-10-22", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    Tuesday: { date: "2025-10-21", precision: "day" },
    "September 15": { date: "2025-09-15", precision: "day" },
    August: { date: "2026-08", precision: "month" },
    May: { date: "2026-05", precision: "month" },
  },
};
export default labels;
