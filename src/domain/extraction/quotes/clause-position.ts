/** Where a name stands in its sentence: the subject, the object of a preposition, a passive's agent. */
import { RELATIONAL_NOUNS, ROLE_WORDS, SUBJECT_OPENERS } from "./lexicon";
import { appositiveName, descriptionAt, type SpeakerPhrase } from "./speaker-phrase";
import { isCapitalized, skipSpaces, skipSpacesBack, wordAfter, wordBefore } from "./words";

/** Prepositions whose object a name can be ("Asked by X", "met with X"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["by", "with", "to", "from", "about", "against", "for", "of", "on", "at", "toward", "towards", "than"]);

/** Small words inside an office's complement ("of", "for", "at the"). */
const OFFICE_COMPLEMENT: ReadonlySet<string> = new Set(["of", "for", "at", "in", "the", "to"]);

/**
 * A name closing the noun phrase that opens its sentence, after a possessive or article and
 * words that describe a person: "His Democratic colleague Senator X was…", "Her deputy, X,
 * said…". Anything else before it (a verb, a preposition) makes the name an object.
 */
export function headsSubject(text: string, start: number, nameStart: number): boolean {
  if (nameStart - start > 120) return false;
  let p = skipSpaces(text, start, nameStart);
  if (text[skipSpacesBack(text, nameStart, start) - 1] === ",") nameStart = skipSpacesBack(text, nameStart, start) - 1;
  let words = 0;
  let relational = false;
  while (p < nameStart) {
    const w = wordAfter(text, p, nameStart);
    if (!w || w.start !== p) return false;
    const opener = words === 0 && SUBJECT_OPENERS.has(w.lower);
    if (RELATIONAL_NOUNS.has(w.lower) || ROLE_WORDS.has(w.lower)) relational = true;
    // "The Prefect of Guadeloupe, X" / "The deputy for Y at the Assembly, X": an office's complement.
    else if (relational && OFFICE_COMPLEMENT.has(w.lower)) relational = true;
    else if (!opener && !isCapitalized(w)) return false;
    words++;
    p = skipSpaces(text, w.end, nameStart);
  }
  return words > 0 && relational;
}

/** "Her Conservative counterpart, Giles Fairbanks, …": a description whose appositive names the subject. */
export function appositiveSubject(text: string, start: number, end: number): SpeakerPhrase | null {
  const described = descriptionAt(text, start, end);
  return described ? appositiveName(text, described, end) : null;
}

/** Forms of "be" that make the participle after them passive ("was challenged by X"). */
const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/**
 * How a name relates to the preposition right before it (after at most four titles or "the"):
 * "object" ("met with X", "Asked by X"), "agent" (the doer of a passive, "was disputed by X",
 * who is the logical subject of the clause), or null.
 */
export function prepositionalRoleAt(text: string, pos: number, lo: number): "object" | "agent" | null {
  let p = pos;
  for (let n = 0; n < 5; n++) {
    const w = wordBefore(text, p, lo);
    if (!w || skipSpacesBack(text, p, lo) !== w.end) return null;
    if (OBJECT_PREPOSITIONS.has(w.lower)) return w.lower === "by" && isPassiveBefore(text, w.start, lo) ? "agent" : "object";
    if (w.lower !== "the" && !isCapitalized(w)) return null;
    p = w.start;
  }
  return null;
}

/**
 * A participle right before `pos` with a form of "be" before it, an adverb allowed between
 * ("was sharply criticised"), in the main clause: the agent of "…, she said when she was asked
 * by X" is not what the sentence is about.
 */
function isPassiveBefore(text: string, pos: number, lo: number): boolean {
  const participle = wordBefore(text, pos, lo);
  if (!participle || isCapitalized(participle)) return false;
  let p = participle.start;
  for (let n = 0; n < 2; n++) {
    const w = wordBefore(text, p, lo);
    if (!w) return false;
    // (A sentence-initial "That" is a determiner: "That account was disputed by X".)
    if (BE_FORMS.has(w.lower)) return !SUBORDINATE.test(text.slice(lo, w.start).replace(/^\s*(?:That|This)\s/, ""));
    if (!w.lower.endsWith("ly")) return false;
    p = w.start;
  }
  return false;
}

/** Marks of a subordinate or quoted clause before a verb. */
const SUBORDINATE = /\b(?:when|after|before|as|if|because|while|since|although|though|who|which|that|whom|whose|where|until|unless)\b|[\u201c\u201d"\u00ab\u00bb]/i;
