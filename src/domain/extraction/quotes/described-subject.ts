import type { ExtractedActor, Segmentation, Span } from "../types";
import type { Antecedent } from "./antecedents";
import { readDescription, resolveDescription } from "./definite-description";

/**
 * "The admiral did not answer directly. “…,” he said": a sentence opened by a description of
 * someone named earlier ("the admiral", "the general counsel") makes that person the topic, and
 * the next "he"/"she" stands for them, not for whoever was named last. Returns the description's
 * span when it opens the quote's sentence or the one before it (same paragraph), fits exactly one
 * person, and nobody is named as a subject between it and the pronoun.
 */
export function describedSubjectBefore(
  text: string,
  segmentation: Segmentation,
  sentenceIndex: number,
  pos: number,
  actors: readonly ExtractedActor[],
  antecedents: readonly Antecedent[],
  clash: "m" | "f" | null,
): Span | null {
  const current = segmentation.sentences[sentenceIndex];
  if (!current) return null;
  for (const i of [sentenceIndex, sentenceIndex - 1]) {
    const s = segmentation.sentences[i];
    if (!s || s.paragraph !== current.paragraph || s.start >= pos) continue;
    const span = descriptionOpening(text, s.start, Math.min(s.end, pos));
    if (!span) continue;
    if (antecedents.some((a) => a.person && a.subject && a.span.start >= span.end && a.span.end <= pos)) return null;
    const description = readDescription(text.slice(span.start, span.end));
    const actor = description ? resolveDescription(text, description, actors, span.start) : null;
    if (!actor || actor.kind !== "person") return null;
    if (clash && antecedents.some((a) => a.key === actor.key && a.gender === clash)) return null;
    return span;
  }
  return null;
}

/** The longest "The <modifiers> <head>" opening the sentence that reads as a description of a person. */
function descriptionOpening(text: string, start: number, end: number): Span | null {
  const m = /^\s*(?:The|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+/u.exec(text.slice(start, Math.min(end, start + 80)));
  if (!m) return null;
  const lead = /^\s*/.exec(m[0])![0].length;
  const words = m[0].slice(lead).split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const phrase = words.slice(0, n).join(" ");
    const d = readDescription(phrase);
    if (d && !d.document) return { start: start + lead, end: start + lead + phrase.length };
  }
  return null;
}
