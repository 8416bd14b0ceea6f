import type { CitationInstance, ClaimDetail } from "../db/queries/types";
import { spanHref } from "./links";

/**
 * schema.org ClaimReview for a claim page: the proposition, every article
 * that carries it (appearance, each linking to the exact words), the first
 * one, and the status as the rating's alternateName. Tideline reviews how
 * the claim stands in the coverage; it does not grade truth on a scale, so
 * the rating carries no numeric value.
 */

type Thing = Record<string, unknown>;

const absolute = (base: string, path: string) => `${base.replace(/\/+$/, "")}${path}`;

function appearance(c: CitationInstance, base: string): Thing {
  return {
    "@type": "CreativeWork",
    url: absolute(base, spanHref(c)),
    headline: c.article.title,
    datePublished: c.article.published.date,
    publisher: { "@type": "Organization", name: c.article.outlet.name },
  };
}

/** Who the claim is first credited to: the actor the earliest supporting citation names, else its outlet. */
function claimAuthor(first: CitationInstance | undefined): Thing | undefined {
  if (!first) return undefined;
  const a = first.attributedTo;
  if (a) return { "@type": a.kind === "person" ? "Person" : "Organization", name: a.name };
  return { "@type": "Organization", name: first.article.outlet.name };
}

export function buildClaimReview(claim: ClaimDetail, opts: { baseUrl: string; explanation: string }): Thing {
  const base = opts.baseUrl;
  const byDate = [...claim.citations].sort((a, b) => (a.article.published.date < b.article.published.date ? -1 : a.article.published.date > b.article.published.date ? 1 : 0));
  const first = byDate.find((c) => c.stance === "supports") ?? byDate[0];
  const last = byDate[byDate.length - 1];
  const review: Thing = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absolute(base, `/claims/${encodeURIComponent(claim.id)}`),
    claimReviewed: claim.proposition,
    author: { "@type": "Organization", name: "Tideline", url: absolute(base, "/") },
    itemReviewed: {
      "@type": "Claim",
      ...(claimAuthor(first) ? { author: claimAuthor(first) } : {}),
      ...(first ? { firstAppearance: appearance(first, base) } : {}),
      appearance: byDate.map((c) => appearance(c, base)),
    },
    reviewRating: { "@type": "Rating", alternateName: claim.status, ratingExplanation: opts.explanation },
  };
  if (last) review.datePublished = last.article.published.date;
  return review;
}

/** JSON for a <script> element: nothing in it can close the element early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
