import { markBracketedAliases } from "./bracketed-aliases";
import type { Candidate } from "./candidate";
import { findRuns } from "./capitalised-runs";
import { shapeOf, wordsAskedAbout } from "./common-words";
import type { Ctx, Role } from "./finder-context";
import type { Gazetteer } from "./gazetteer";
import { findKnown } from "./known-names";
import { DEMONYM_OF } from "./national-bodies";
import { findOutlet } from "./outlet-name";
import { absorbPossessiveOwners } from "./possessive-owner";
import { attachPostedPlaces } from "./posted-body";
import type { Token } from "./tokenize";

/**
 * Find candidate names in the token stream: known forms from the gazetteer,
 * then runs of capitalised words read as titled persons, organizations, groups,
 * untitled persons (with evidence), acronyms and lone capitalised words that
 * resolution may tie to a surname.
 */
export function findCandidates(text: string, folded: string, tokens: readonly Token[], g: Gazetteer, outlet?: string): Candidate[] {
  const ctx: Ctx = { text, folded, tokens, claimed: new Uint8Array(tokens.length), lowercaseWords: new Set(), roles: new Array<Role>(tokens.length), out: [], acronyms: new Set(), datelines: new Map(), aliases: new Set(), placeListEnd: -1 };
  const asked = wordsAskedAbout(tokens);
  for (const t of tokens) {
    if (t.kind === "word" && !t.cap && asked.shapes.has(shapeOf(t.fold)) && asked.words.has(t.fold)) ctx.lowercaseWords.add(t.fold);
  }
  if (outlet) findOutlet(ctx, outlet, g);
  findKnown(ctx, g);
  findRuns(ctx);
  ctx.out.sort((a, b) => a.start - b.start);
  const out = attachPostedPlaces(text, absorbPossessiveOwners(text, ctx.out, DEMONYM_OF));
  markBracketedAliases(text, out);
  return out;
}
