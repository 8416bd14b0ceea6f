/** Names in brackets right after an institution's name, read as other names for it. */
import type { Candidate } from "./candidate";
import type { Ctx } from "./finder-context";
import { speaksAround } from "./speaks-around";

/**
 * A name alone in brackets right after an institution's name is another name for
 * it, in whatever language or shape: an acronym ("(DNCD)") or the name in the
 * country's own language ("Office of the Ombudsman (Defensoría del Pueblo)").
 */
export function markBracketedAliases(text: string, out: Candidate[]): void {
  for (let k = 1; k < out.length; k++) {
    const c = out[k]!;
    if (c.type === "person" || c.type === "handle" || c.type === "body" || text.charCodeAt(c.start - 1) !== 40 || text.charCodeAt(c.end) !== 41) continue;
    const prev = out[k - 1]!;
    const gap = text.slice(prev.end, c.start);
    if (gap !== " (" && gap !== "(") continue;
    const named = prev.type === "organization" || prev.type === "group" || (prev.type === "known" && prev.target?.actor?.kind !== "person" && prev.target?.actor?.kind !== "country");
    if (named) c.aliasOf = prev.start;
  }
}

/**
 * A run of two words or more alone in brackets right after an institution's name
 * renames it, whatever its words ("(Inspección General de Pesca)"); the same words
 * later in the article are that name again.
 */
export function bracketedAlias(ctx: Ctx, i: number, j: number): boolean {
  const { tokens, text } = ctx;
  if (j === i) return false;
  for (let k = i; k <= j; k++) if (ctx.claimed[k]) return false;
  const start = tokens[i]!.start;
  const end = tokens[j]!.end;
  const words = text.slice(start, end);
  if (ctx.aliases.has(words)) {
    ctx.out.push({ start, end, text: words, type: "organization", paragraph: tokens[i]!.paragraph, speaks: speaksAround(ctx, start, end) });
    return true;
  }
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41) return false;
  let prev: Candidate | undefined;
  for (const c of ctx.out) if (c.end <= start && c.end >= start - 2 && (!prev || c.end > prev.end)) prev = c;
  if (!prev || text.slice(prev.end, start).trim() !== "(") return false;
  const named = prev.type === "organization" || prev.type === "group" || (prev.type === "known" && prev.target?.actor?.kind === "organization");
  if (!named) return false;
  ctx.aliases.add(words);
  ctx.out.push({ start, end, text: words, type: "organization", aliasOf: prev.start, paragraph: tokens[i]!.paragraph, speaks: speaksAround(ctx, start, end) });
  return true;
}
