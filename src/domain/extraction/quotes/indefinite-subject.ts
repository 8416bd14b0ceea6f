import type { Span } from "../types";
import { DOCUMENT_NOUNS, isSpeechVerbWord, SPOKESPERSON_NOUNS } from "./lexicon";

/**
 * An indefinite or partitive subject ("a third", "Two of the officials", "One trader, who asked
 * not to be named,", "a Gulf-based fund manager") introduces someone the article does not name:
 * the words have an attribution, but no speaker. Spokespeople are not anonymous: they speak for
 * a principal, read elsewhere.
 */
const OPENS_INDEFINITE =
  /^(?:(?:an?|one|another)\s+(?!spokes|representative)[\p{L}-]|(?:one|two|three|four|five|six|several|some|many|most|both|none|neither|either|each)\s+of\s+(?:the|them|those|these|their)\b|(?:a\s+)?(?:second|third|fourth|fifth)\b|another\b|others?\b)/iu;

/** Words after which a clause starts: the indefinite subject is read from there. */
const CLAUSE_BREAK = /(?:[.;:!?\u201c\u201d"\u00ab\u00bb\u2018]|\s(?:and|but|while|whereas|although|though|yet))\s+$/;

/** A clause break, but not the stop of an abbreviation ("the U.S. Embassy", "Sen. X"). */
function clauseBreakBefore(before: string): boolean {
  return CLAUSE_BREAK.test(before) && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Adm|Lt|Col|Capt|Sgt|Jr|Sr|Prof)\.\s+$/.test(before);
}

/**
 * The indefinite subject of the reporting verb at `verbStart`, read back to the start of its
 * clause (at most `lo`), or null. An introductory phrase closed by a comma ("Echoing her, a fund
 * manager told …") and a relative clause between subject and verb (", who asked not to be
 * named,") are stepped over.
 */
export function indefiniteSubject(text: string, verbStart: number, lo: number): Span | null {
  let start = verbStart;
  // Back to the clause start.
  while (start > lo && !clauseBreakBefore(text.slice(Math.max(lo, start - 12), start))) start--;
  let clause = text.slice(start, verbStart);
  let offset = start;
  // "Echoing her, …" / "Not everyone agrees. One trader, …": drop introductory phrases that do not open the subject.
  for (let guard = 0; guard < 3; guard++) {
    const lead = /^\s*/.exec(clause)![0].length;
    if (OPENS_INDEFINITE.test(clause.slice(lead))) {
      offset += lead;
      clause = clause.slice(lead);
      break;
    }
    const comma = clause.indexOf(",");
    if (comma < 0) return null;
    offset += comma + 1;
    clause = clause.slice(comma + 1);
  }
  if (!OPENS_INDEFINITE.test(clause)) return null;
  // The subject runs to the verb, or to a comma opening a relative clause.
  const relative = /,\s*(?:who|which|whose|speaking|asking|requesting)\b/i.exec(clause);
  let subject = (relative ? clause.slice(0, relative.index) : clause).replace(/[\s,]+$/, "");
  // "One of them, a former official who was involved, said": the partitive is the subject; the rest describes it.
  const partitive = /^(?:one|two|three|four|five|several|some|many|most|both|none|neither|either|each|another)\s+of\s+(?:the|them|those|these|their)\b[^,]*(?=,)/i.exec(subject);
  if (partitive) subject = partitive[0];
  const words = subject.split(/\s+/);
  if (!words.length || words.length > 8 || subject.includes(",")) return null;
  // "a decision the White House described as …": a second noun phrase is the verb's real subject.
  if (words.some((w, i) => i > 0 && /^(?:the|a|an|his|her|its|their|this|that)$/i.test(w) && !/^(?:of|at|in|from|with|for)$/i.test(words[i - 1]!))) return null;
  // "a Pentagon spokesman", "a statement from the ministry": someone's words, read elsewhere.
  if (words.some((w) => isSpeechVerbWord(w.toLowerCase()) || SPOKESPERSON_NOUNS.test(w) || DOCUMENT_NOUNS.has(w.toLowerCase()))) return null;
  return { start: offset, end: offset + subject.length };
}
