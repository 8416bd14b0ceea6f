/** Which of the people sharing a surname a bare surname means. */
import { givenNameGender } from "../given-name";
import type { Gender } from "../quotes/gender";
import type { Candidate } from "./candidate";
import type { Cluster } from "./cluster";

/**
 * A surname two people share ("Rampersad" the son, "Sita Rampersad" his mother):
 * the most recent full mention, unless the surname is the subject of a verb of
 * saying: then the one of them who spoke in this or the previous two paragraphs,
 * else the one who has spoken at all so far (the other may only be talked about).
 */
export function sharedSurname(all: Cluster[], cand: Candidate, lastSpoke: ReadonlyMap<Cluster, number>, text: string): Cluster {
  // "Mrs. Chunga", "Ochoa keeps her phone": the gender the text gives this mention picks among namesakes.
  const gender = all.length > 1 ? genderAround(text, cand.start, cand.end) : null;
  const agreeing = gender ? all.filter((c) => clusterGender(c) === gender) : [];
  const list = agreeing.length ? agreeing : all;
  if (list.length > 1 && cand.speaks) {
    const spoke = list.filter((c) => {
      const p = lastSpoke.get(c);
      return p !== undefined && p <= cand.paragraph && c.mentions.some((m) => m.end <= cand.start);
    });
    const recent = spoke.filter((c) => cand.paragraph - lastSpoke.get(c)! <= 2);
    if (recent.length === 1) return recent[0]!;
    if (recent.length === 0 && spoke.length === 1) return spoke[0]!;
  }
  return nearest(list, cand.start);
}

/** An honorific before the mention, or the first he/she/his/her after it in its clause. */
function genderAround(text: string, start: number, end: number): Gender | null {
  const title = /\b(Mrs?|Ms|Miss|Sr|Sra|Señora?|Doña|Don)\.?\s+$/.exec(text.slice(Math.max(0, start - 8), start));
  if (title) return /^(?:Mr|Sr|Señor|Don)$/.test(title[1]!) ? "m" : "f";
  const clause = /^[^.;:!?\u201c\u201d"\u00ab\u00bb\n]{0,60}/.exec(text.slice(end, end + 60))![0];
  const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(clause);
  if (!pronoun) return null;
  return /^(?:he|his|him)$/i.test(pronoun[1]!) ? "m" : "f";
}

function clusterGender(c: Cluster): Gender | null {
  // Full names are kept folded and lower-case: read the first of the longest one.
  const full = [...c.fullNames].sort((a, b) => b.length - a.length)[0];
  return full && full.length >= 2 ? givenNameGender(full[0]!) : null;
}

/** The cluster mentioned most recently before pos, else the first one mentioned after it. */
export function nearest(list: Cluster[], pos: number): Cluster {
  let best: Cluster | undefined;
  let bestPos = -1;
  for (const c of list) {
    for (const m of c.mentions) if (m.end <= pos && m.start > bestPos) {
      bestPos = m.start;
      best = c;
    }
  }
  if (best) return best;
  return [...list].sort((a, b) => (a.mentions[0]?.start ?? a.first) - (b.mentions[0]?.start ?? b.first))[0]!;
}
