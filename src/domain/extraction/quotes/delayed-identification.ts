import type { Span } from "../types";
import type { Antecedent } from "./antecedents";
import type { Gender } from "./gender";
import { skipSpacesBack, wordBefore } from "./words";

/** Offices a person is introduced by before (or instead of) their name. */
const OFFICES =
  "minister|president|secretary|chief|governor|mayor|ambassador|spokes(?:man|woman|person)|commander|general|admiral|director|head|leader|envoy|judge|prosecutor|senator|diplomat|chair(?:man|woman)?|ombuds(?:man|woman|person)|premier|chancellor|king|queen|president-elect";
/**
 * A definite office holder opening a sentence, unnamed: "the interior minister", "Chile's
 * interior minister", "the country's top diplomat". News ledes introduce people this way and
 * name them in the next sentence or paragraph.
 */
const UNNAMED_ROLE_SUBJECT = new RegExp(
  `^(?:[Tt]he\\s+(?:\\p{Ll}+[\\u2019']s\\s+)?|\\p{Lu}[\\p{L}.-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.-]*){0,3}[\\u2019']s\\s+)(?:[\\p{Ll}-]+\\s+){0,3}(${OFFICES})\\b(?![\\u2019'-])`,
  "u",
);
/** An office word, to compare the office a later name is given with the one a lede described. */
const OFFICE_WORD = new RegExp(`^(?:${OFFICES})$`, "i");


/** An unnamed office holder opening the text at `start` ("Chile's interior minister …"), with the office word. */
export function unnamedOfficeAt(text: string, start: number, end: number): { span: Span; office: string } | null {
  const m = UNNAMED_ROLE_SUBJECT.exec(text.slice(start, Math.min(end, start + 120)));
  return m ? { span: { start, end: start + m[0].length }, office: m[1]!.toLowerCase() } : null;
}

/**
 * Delayed identification: the first person introduced as a subject within the next two
 * sentences (and at most the next paragraph) after an unnamed office holder, not named before.
 */
export function identifiedLater(role: Antecedent, pos: number, paragraph: number, sentence: number, antecedents: readonly Antecedent[], clash: Gender | null): Span | null {
  for (const a of antecedents) {
    if (a.span.start < pos || !a.person || !a.subject) continue;
    if (a.paragraph > paragraph + 1 || a.sentence > sentence + 2) break;
    // "Opposition leader Y" after "the interior minister … he": someone else, not the minister named.
    if ((a.office && a.office !== role.office) || (clash && a.gender === clash)) return null;
    return a.span.start > role.span.end ? a.span : null;
  }
  return null;
}

/** The office word among the (at most four) title words right before a name: "Defense Minister X" -> "minister". */
export function officeBefore(text: string, nameStart: number, lo: number): string | undefined {
  let p = nameStart;
  for (let n = 0; n < 4; n++) {
    const w = wordBefore(text, p, lo);
    if (!w || skipSpacesBack(text, p, lo) !== w.end) return undefined;
    if (OFFICE_WORD.test(w.lower)) return w.lower;
    p = w.start;
  }
  return undefined;
}
