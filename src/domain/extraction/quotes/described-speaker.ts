/**
 * A speaker written as a description ("the Colombian leader", "the statement", "a spokesperson for
 * the command") rather than a name: which actor it stands for, if any, decided once the speaker's
 * words are known, so that the description is kept as written and never taken for a name.
 */
import type { ExtractedActor, Segmentation, Span } from "../types";
import { readDescription, resolveDescription } from "./definite-description";
import type { QuoteSpan } from "./find-quote-spans";
import { speakerSpanOf } from "./resolve-speaker";
import { statementIssuer } from "./statement-issuer";

/**
 * A speaker written as a definite description, or a spokesperson for one ("a spokesperson for the
 * command"): the actor it stands for (keeping the words as written), the issuer of the latest
 * statement for "the statement", or no speaker when nothing named fits. Undefined: not a description.
 */
export function describedSpeaker(
  text: string,
  segmentation: Segmentation,
  span: Span,
  q: QuoteSpan,
  actors: readonly ExtractedActor[],
  insideQuote: (pos: number) => boolean,
  pronounAt: (pronoun: string, pos: number) => Span | null,
): { span: Span | null; actor: ExtractedActor | null; unidentified?: true } | undefined {
  const written = text.slice(span.start, span.end);
  const principal = /\b(?:spokes\w+|representatives?)\s+(?:for|of)\s+(the\s+[^,]+)$/i.exec(written);
  const description = readDescription(principal ? principal[1]! : written);
  if (!description) return undefined;
  // "The Ecuadorian navy": a description that is itself a mention names its actor.
  if (!principal) {
    for (const a of actors) {
      const m = a.mentions.find((m) => m.start >= span.start && m.end === span.end);
      if (m && a.kind !== "country") return { span: { start: m.start, end: m.end }, actor: a };
    }
  }
  if (description.document) {
    const issuer = statementIssuer(text, segmentation, Math.min(q.openAt, span.start), q.paragraph, insideQuote);
    // "She struck a similar tone in a statement issued Wednesday. “…,” the statement said."
    const issuerSpan = issuer?.kind === "pronoun" ? pronounAt(text.slice(issuer.start, issuer.end), issuer.start) : issuer ? speakerSpanOf(text, issuer) : null;
    return { span: issuerSpan, actor: null };
  }
  // Named before the quote, or by the time the description is read ("“…,” said the leader").
  const actor = resolveDescription(text, description, actors, Math.max(q.openAt, span.end));
  // No one fits: the words stay as written ("the admiral"), a description and not a name.
  return actor ? { span, actor } : { span, actor: null, unidentified: true };
}
