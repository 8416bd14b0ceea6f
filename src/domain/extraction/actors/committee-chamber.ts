/** The chamber a committee named without it belongs to. */
import type { Ctx } from "./finder-context";

const SENATE_TITLES = new Set(["Sen.", "Sens.", "Senator", "Senators"]);

const HOUSE_TITLES = new Set(["Rep.", "Reps.", "Representative", "Congressman", "Congresswoman"]);

const CHAMBERS = new Set(["Senate", "House", "Congressional", "Joint", "Parliamentary", "Select"]);

/**
 * "Sen. Jane Doe, a member of the Armed Services Committee": a committee named
 * without its chamber, in a paragraph about a titled senator or representative,
 * belongs to that chamber.
 */
export function chamberOf(ctx: Ctx, s: number): "Senate" | "House" | null {
  const first = ctx.tokens[s]!;
  if (CHAMBERS.has(first.text) || ctx.claimed[s - 1] || ctx.tokens[s - 1]?.possessive) return null;
  let found: "Senate" | "House" | null = null;
  for (let k = s - 1; k >= 0 && k >= s - 40; k--) {
    const t = ctx.tokens[k]!;
    if (t.paragraph !== first.paragraph) break;
    const c = SENATE_TITLES.has(t.text) ? "Senate" : HOUSE_TITLES.has(t.text) ? "House" : null;
    if (c && found && c !== found) return null;
    if (c) found = c;
  }
  return found;
}
