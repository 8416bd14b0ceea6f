import { q, type ArticleLabels } from "../../tools/label-spec";

/**
 * AP feature-news from a Trinidad fishing village: caps byline, "(AP) —"
 * dateline, long "said X, 58, who … and who …" clauses, a quote running over
 * two paragraphs, "his mother said", a ministry and an embassy as speakers,
 * Trinidad-as-geography and Port of Spain as a place (optional), a footer
 * credit line ("in Washington": not a mention).
 */
const labels: ArticleLabels = {
  id: "h7_02_ap_trinidad_cedros_families",
  file: "tests/gold/heldout7/articles/h7_02_ap_trinidad_cedros_families.txt",
  outlet: "Associated Press",
  published: "2025-11-05",
  invented: true,
  quotes: [
    q("He was not a soldier, he was not a terrorist. He was a boy who fished and fixed engines", "Marlene Ramdass", "Marlene Ramdass"),
    q("They killed him on the sea, and nobody from the government has come to this house", "Marlene Ramdass", "Marlene Ramdass"),
    q("was known by our intelligence to be involved in illicit narcotics smuggling", "Pete Hegseth", "Pete Hegseth"),
    q("If my brother did something wrong, arrest him, put him before a judge. That is what the law is for", "Shazard Mohammed", "Shazard Mohammed"),
    q("But you cannot just drop a bomb on people and say afterwards who they were. We don't even have a body to bury.", "Shazard Mohammed", "Shazard Mohammed"),
    q("no sympathy for traffickers", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("kill them all violently.", "Kamla Persad-Bissessar", "Kamla Persad-Bissessar"),
    q("Trinidad and Tobago will not apologize for standing with our partners against the narco-traffickers who have turned our communities into battlefields", "Kamla Persad-Bissessar", "Persad-Bissessar"),
    q("If any citizen was harmed who should not have been, the relevant authorities will look into it.", "Kamla Persad-Bissessar", "Persad-Bissessar"),
    q("requested information from the United States through the appropriate channels", "Ministry of Foreign and CARICOM Affairs", "Ministry of Foreign and CARICOM Affairs"),
    q("The prime minister cheers every strike and then tells grieving mothers to wait", "Darryl Fortune", "Fortune"),
    q("does not comment on specific operations", "US Embassy in Port of Spain", "U.S. Embassy in Port of Spain"),
    q("an aircraft carrier of the empire", "Delcy Rodríguez", "Delcy Rodríguez"),
    q("Half the boats in Cedros haven't gone out since September. Men are afraid to be on the water at night, and night is when the fish are there", "Kishore Maharaj", "Kishore Maharaj"),
    q("International law does not have an exception for people we merely suspect", "Leah Castillo", "Leah Castillo"),
    q("Even in an armed conflict, which this is not, you cannot target people who pose no immediate threat.", "Leah Castillo", "Leah Castillo"),
    q("whatever it thinks of the policy.", "Leah Castillo", "Leah Castillo"),
    q("Every night I leave the light on", "Marlene Ramdass", "Marlene Ramdass"),
    q("Just in case they made a mistake.", "Marlene Ramdass", "Marlene Ramdass"),
  ],
  mentions: {
    "United States": ["US", "U.S.", "United States", "Washington"],
    "Trinidad and Tobago": ["Trinidad and Tobago"],
    "Marlene Ramdass": ["Marlene Ramdass"],
    "Keston Ramdass": ["Keston Ramdass", "Keston"],
    "Donald Trump": ["Trump"],
    "Pete Hegseth": ["Pete Hegseth"],
    Venezuela: ["Venezuela"],
    "Andy Mohammed": ["Andy Mohammed"],
    "Shazard Mohammed": ["Shazard Mohammed"],
    "Kamla Persad-Bissessar": ["Kamla Persad-Bissessar", "Persad-Bissessar"],
    "Parliament of Trinidad and Tobago": ["Parliament"],
    "Ministry of Foreign and CARICOM Affairs": ["Ministry of Foreign and CARICOM Affairs"],
    "Darryl Fortune": ["Darryl Fortune", "Fortune"],
    "US Embassy in Port of Spain": ["U.S. Embassy in Port of Spain"],
    "US Department of Defense": ["Pentagon"],
    "Delcy Rodríguez": ["Delcy Rodríguez"],
    "Kishore Maharaj": ["Kishore Maharaj"],
    "Cedros Fisherfolk Association": ["Cedros Fisherfolk Association"],
    "Leah Castillo": ["Leah Castillo"],
    "University of the West Indies": ["University of the West Indies"],
  },
  optionalMentions: {
    "Anika Boodram": ["ANIKA BOODRAM"],
    "Tomás Vergara": ["TOMÁS VERGARA", "Vergara"],
    "Josh Renner": ["Josh Renner"],
    "Associated Press": ["Associated Press", "AP"],
    "Trinidad and Tobago": ["Trinidad", "Trinidadian", "Trinidadians", "Port of Spain"],
    Venezuela: ["Venezuelan", "Caracas"],
    X: ["X"],
    "Parliament of Trinidad and Tobago": ["Red House"],
    "USS Gravely": ["USS Gravely"],
    "US Marine Corps": ["Marines"],
  },
  notMentions: [
    // Dateline.
    { text: "Trinidad and Tobago", occurrence: 1 },
    // Footer credit line: a place, not the government.
    { text: "Washington", after: "Josh Renner" },
  ],
  figures: [
    { text: "four men", value: 4, kind: "killed", qualifier: null },
    { text: "at least 16", value: 16, kind: "strikes", qualifier: "at least" },
    { text: "At least 66 people", value: 66, kind: "killed", qualifier: "at least" },
    { text: "the other two men", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "Two men", value: 2, kind: "killed", qualifier: null, optional: true },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
  ],
  dates: {
    Thursday: { date: "2025-10-30", precision: "day" },
    "A week later": { date: "2025-11-03", precision: "week", optional: true },
    "Oct. 28": { date: "2025-10-28", precision: "day" },
    "early September": { date: "2025-09", precision: "month" },
    September: { date: "2025-09", precision: "month" },
    "that Tuesday": { date: "2025-10-28", precision: "day", optional: true },
    "Oct. 14": { date: "2025-10-14", precision: "day" },
    Tuesday: { date: "2025-11-04", precision: "day" },
    "last week": { date: "2025-10-27", precision: "week" },
  },
};
export default labels;
