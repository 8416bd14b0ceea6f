/** Whether a name is the subject or object of a verb of saying. */
import type { Ctx } from "./finder-context";
import { REPORTING_VERBS } from "./lexicon";

/** The verb after a name, past an age ("Jane Doe, 58, said"). */
const VERB_AFTER = /^(?:, \d{1,3},)?,? ([a-z]+)/;

export function speaksAround(ctx: Ctx, start: number, end: number): boolean {
  const after = VERB_AFTER.exec(ctx.text.slice(end, end + 16));
  if (after && after[1] && REPORTING_VERBS.has(after[1])) return true;
  const before = ctx.text.slice(Math.max(0, start - 6), start);
  return before === " said " || before === " says " || before.endsWith("said, ") || before.endsWith("says, ");
}
