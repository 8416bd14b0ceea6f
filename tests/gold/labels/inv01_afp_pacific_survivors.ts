import { q, type ArticleLabels } from "../tools/label-spec";

/** Invented AFP-style piece: « » quotes, a statement read by a spokesman, posts on X, number words. */
const labels: ArticleLabels = {
  id: "inv01_afp_pacific_survivors",
  file: "tests/gold/articles/inv01_afp_pacific_survivors.txt",
  outlet: "AFP",
  published: "2025-10-20",
  invented: true,
  quotes: [
    // "has called « murder »": a characterisation by an unnamed president, debatable.
    q("murder", "Gustavo Petro", null, { optional: true }),
    q("The two survivors were picked up by an Ecuadorian patrol boat and are receiving medical care", "Ecuadorian Navy", "Ecuador's navy"),
    q("We have not been informed of their nationality", "Mateo Rivadeneira", "Rivadeneira"),
    q("operated by a designated terrorist organisation", "Pete Hegseth", "Pete Hegseth"),
    q("These narco-terrorists are the Al-Qaeda of our hemisphere, and they will be treated as such", "Pete Hegseth", "Hegseth"),
    q("extrajudicial executions", "Gustavo Petro", "Gustavo Petro"),
    q("The fisherman had no links to drug trafficking. His family has been waiting for him for three days", "Gustavo Petro", "Petro"),
    q("the law of the sea does not allow a state to sink a boat because it suspects what is on board", "Lucía Ferreyra", "Lucía Ferreyra"),
    q("Even if the cargo were cocaine, the crew would be suspects, not combatants", "Lucía Ferreyra", "Lucía Ferreyra"),
    q("cooperate fully", "Daniel Noboa", "Noboa"),
  ],
  mentions: {
    "United States": ["US", "Washington"],
    Colombia: ["Colombia"],
    Ecuador: ["Ecuador"],
    "Ecuadorian Navy": ["Ecuador's navy"],
    AFP: ["AFP"],
    "US Department of Defense": ["Pentagon"],
    "Mateo Rivadeneira": ["Mateo Rivadeneira", "Rivadeneira"],
    "Pete Hegseth": ["Pete Hegseth", "Hegseth"],
    "al-Qaida": ["Al-Qaeda"],
    "Gustavo Petro": ["Gustavo Petro", "Petro"],
    "Armando Benedetti": ["Armando Benedetti"],
    "Lucía Ferreyra": ["Lucía Ferreyra"],
    "University of Buenos Aires": ["University of Buenos Aires"],
    "Daniel Noboa": ["Daniel Noboa", "Noboa"],
    "Donald Trump": ["Donald Trump"],
  },
  optionalMentions: {
    Ecuador: ["Ecuadorian"],
    Colombia: ["Colombian"],
  },
  figures: [
    { text: "six", value: 6, kind: "killed", qualifier: null, occurrence: 1, optional: true },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, occurrence: 1 },
    { text: "six people", value: 6, kind: "killed", qualifier: null },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, occurrence: 2 },
    { text: "eighth attack", value: 8, kind: "strikes", qualifier: null, optional: true },
    { text: "11 strikes", value: 11, kind: "strikes", qualifier: null },
    { text: "at least 43 people", value: 43, kind: "killed", qualifier: "at least" },
    { text: "two survivors", value: 2, kind: "survivors", qualifier: null, occurrence: 3, optional: true },
    { text: "three vessels", value: 3, kind: "vessels", qualifier: null },
  ],
  dates: {
    Saturday: { date: "2025-10-18", precision: "day" },
    Friday: { date: "2025-10-17", precision: "day" },
    "September 2": { date: "2025-09-02", precision: "day" },
    Sunday: { date: "2025-10-19", precision: "day" },
    "Two weeks ago": { date: "2025-10-06", precision: "week" },
    August: { date: "2025-08", precision: "month" },
  },
};
export default labels;
