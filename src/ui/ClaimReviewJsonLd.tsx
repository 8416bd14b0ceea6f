import type { ClaimDetail } from "../db/queries/types";
import { buildClaimReview, jsonLdText } from "./claim-review";

/** schema.org ClaimReview as JSON-LD, server-rendered into the page. */
export function ClaimReviewJsonLd({ claim, baseUrl, explanation }: { claim: ClaimDetail; baseUrl: string; explanation: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(buildClaimReview(claim, { baseUrl, explanation })) }} />;
}
