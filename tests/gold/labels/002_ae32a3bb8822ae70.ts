import { q, type ArticleLabels } from "../tools/label-spec";

const labels: ArticleLabels = {
  id: "002_ae32a3bb8822ae70",
  file: "seeds/002_ae32a3bb8822ae70.txt",
  outlet: "Caliber.Az",
  published: "2025-08",
  quotes: [
    q(
      "President Trump’s top priority is protecting the homeland, which is why he took the bold step to designate several cartels and gangs as foreign terrorist organizations.",
      "Anna Kelly",
      "Anna Kelly",
    ),
    q(
      "The United States government is doubling a reward — to $50 million — for information leading to the arrest of Mr. Maduro",
      "Pam Bondi",
      "Pam Bondi",
    ),
    q("He will not escape justice and he will be held accountable for his despicable crimes.", "Pam Bondi", "Pam Bondi"),
    q("We have to start treating them as armed terrorist organizations, not simply drug dealing organizations.", "Marco Rubio", "Marco Rubio"),
  ],
  mentions: {
    "Donald Trump": ["Donald Trump", "Trump"],
    "Anna Kelly": ["Anna Kelly"],
    "Nicolás Maduro": ["Nicolás Maduro", "Maduro"],
    "Pam Bondi": ["Pam Bondi"],
    "Marco Rubio": ["Marco Rubio"],
    "United States": ["US", "United States"],
    "US Department of Defense": ["Pentagon"],
    "White House": ["White House"],
    "US Department of Justice": ["Justice Department"],
    "Office of Legal Counsel": ["Office of Legal Counsel"],
    "US State Department": ["State Department"],
    "Tren de Aragua": ["Tren de Aragua"],
    "MS-13": ["MS-13"],
    "Cartel de los Soles": ["Cartel de los Soles"],
  },
  optionalMentions: {
    "Caliber.Az": ["Caliber.Az"],
    "Vafa Guliyeva": ["Vafa Guliyeva"],
    "United States": ["American"],
    Venezuela: ["Venezuelan"],
  },
  figures: [],
  dates: {
    "Earlier this year": { date: "2025", precision: "year" },
  },
};
export default labels;
