import type { Citation } from "./claims";

export type ClaimStatus = "reported" | "disputed" | "denied" | "confirmed";

/** A citation as the status rule sees it: its stance, who holds it, and which outlet carried it. */
export type StatusCitation = Pick<Citation, "stance" | "attribution"> & { outletKey?: string | null };

/**
 * The status of a claim across every article, by this rule:
 * - denied:    only denials, nobody reported it as true;
 * - disputed:  both supported and denied (a party who reverses itself counts too);
 * - confirmed: no denial, at least one supporter on the record (a named party: not
 *              anonymous sources, not a news outlet, not the outlet's own voice), and
 *              carried by at least two different outlets;
 * - reported:  anything else (including no citations at all).
 */
export function claimStatus(citations: readonly StatusCitation[]): ClaimStatus {
  const supports = citations.filter((c) => c.stance === "supports");
  const denies = citations.filter((c) => c.stance === "denies");
  if (denies.length > 0 && supports.length === 0) return "denied";
  if (denies.length > 0) return "disputed";
  if (supports.length === 0) return "reported";
  const onRecord = supports.some((c) => partiesOf(c).some((p) => p.kind === "named"));
  const outlets = new Set(supports.map((c) => c.outletKey).filter((o): o is string => !!o));
  return onRecord && outlets.size >= 2 ? "confirmed" : "reported";
}

function partiesOf(c: StatusCitation): { kind: string }[] {
  return c.attribution.parties.length > 0 ? c.attribution.parties : [{ kind: c.attribution.kind }];
}

/** A figure citation as the status rule sees it: the value and the date it is said to hold at. */
export type FigureStatusCitation = { stance: "supports" | "denies"; value: number | null; asOf: string | null };

/**
 * A figure claim is about a number, so "confirmed" would say which number is
 * right: Tideline never picks one. Tallies that grow over time (75, then 76,
 * then 79) are reported; different values for the same as-of date are
 * disputed; only denials is denied.
 */
export function figureClaimStatus(citations: readonly FigureStatusCitation[]): ClaimStatus {
  const supports = citations.filter((c) => c.stance === "supports" && c.value !== null);
  if (supports.length === 0) return citations.some((c) => c.stance === "denies") ? "denied" : "reported";
  if (citations.some((c) => c.stance === "denies")) return "disputed";
  const valuesByDate = new Map<string, Set<number>>();
  for (const c of supports) {
    const key = c.asOf ?? "";
    valuesByDate.set(key, (valuesByDate.get(key) ?? new Set()).add(c.value!));
  }
  return [...valuesByDate.values()].some((values) => values.size > 1) ? "disputed" : "reported";
}
