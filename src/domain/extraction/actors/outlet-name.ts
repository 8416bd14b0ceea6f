/** The publishing outlet's own name, wherever the article writes it. */
import type { Ctx } from "./finder-context";
import { type Gazetteer, matchAt } from "./gazetteer";
import { speaksAround } from "./speaks-around";
import { foldSameLength } from "./tokenize";

/**
 * The publication the article comes from, wherever its name is written
 * ("according to a count by FactLine", "(Prensa Pacífico)", "The Sentinel"
 * as "the Sentinel"): that name is the outlet, whatever its words look like.
 */
export function findOutlet(ctx: Ctx, outlet: string, g: Gazetteer): void {
  const { tokens, folded } = ctx;
  const full = foldSameLength(outlet.trim());
  const forms = [full];
  if (/^The \p{Lu}/u.test(full)) forms.push(full.slice(4));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || ctx.claimed[i]) continue;
    const form = forms.find((f) => folded.startsWith(f, t.start) && !/[\p{L}\p{N}]/u.test(folded.charAt(t.start + f.length)));
    if (!form) continue;
    const end = t.start + form.length;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    // A name the registry knows ("Associated Press") is left to it, with its key.
    if (tokens[last]!.end !== end || (matchAt(tokens, i, ctx.text, folded, g)?.end ?? -1) >= end) continue;
    // "Defense Desk | Dec. 9, 2025": the masthead label opening a line, like a kicker, is no mention.
    if ((t.start === 0 || ctx.text.charCodeAt(t.start - 1) === 10) && /^ ?\| /.test(ctx.text.slice(end, end + 3))) continue;
    for (let k = i; k <= last; k++) ctx.claimed[k] = 1;
    ctx.out.push({ start: t.start, end, text: ctx.text.slice(t.start, end), type: "organization", fullName: outlet.trim(), paragraph: t.paragraph, speaks: speaksAround(ctx, t.start, end) });
    i = last;
  }
}
