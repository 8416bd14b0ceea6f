import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildClaimReview, jsonLdText } from "../../src/ui/claim-review";
import { citation, claim, outlets } from "./claim-fixtures";

const Org = z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }).loose();
const Work = z.object({
  "@type": z.literal("CreativeWork"),
  url: z.string().regex(/^https:\/\/tideline\.example\/articles\/[^#]+#s-\d+-\d+$/),
  headline: z.string().min(1),
  datePublished: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  publisher: Org,
});
const ClaimReview = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.string().url(),
  claimReviewed: z.string().min(1),
  datePublished: z.string(),
  author: Org,
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: z.object({ "@type": z.enum(["Person", "Organization"]), name: z.string() }),
    firstAppearance: Work,
    appearance: z.array(Work).min(1),
  }),
  reviewRating: z.object({ "@type": z.literal("Rating"), alternateName: z.enum(["reported", "disputed", "denied", "confirmed"]), ratingExplanation: z.string() }),
});

describe("ClaimReview JSON-LD", () => {
  const c = claim([
    citation("c1", outlets.nbc, "2025-11-12", "supports", { start: 82, end: 310 }),
    citation("c2", outlets.nbc, "2025-11-12", "denies", { attributedTo: { id: "marco-rubio", name: "Marco Rubio", kind: "person" } }),
    citation("c3", outlets.aj, "2025-11-13", "supports", { attributedTo: { id: "cnn", name: "CNN", kind: "organization" } }),
  ]);
  const review = buildClaimReview(c, { baseUrl: "https://tideline.example/", explanation: "Disputed: 2 citations support it and 1 citation denies it." });

  it("has the schema.org ClaimReview shape", () => {
    const parsed = ClaimReview.parse(review);
    expect(parsed.claimReviewed).toBe(c.proposition);
    expect(parsed.reviewRating.alternateName).toBe("disputed");
    expect(parsed.itemReviewed.appearance).toHaveLength(3);
    expect(parsed.itemReviewed.firstAppearance.url).toBe("https://tideline.example/articles/nbc-news-2025-11-12#s-82-310");
    expect(parsed.itemReviewed.appearance[2]!.publisher.name).toBe("Al Jazeera");
    expect(parsed.datePublished).toBe("2025-11-13");
    expect(parsed.url).toBe("https://tideline.example/claims/uk-stopped-sharing-intelligence");
  });
  it("credits the claim to the earliest supporting citation's source, else its outlet", () => {
    expect((review.itemReviewed as { author: unknown }).author).toEqual({ "@type": "Organization", name: "NBC News" });
    const onlyCnn = buildClaimReview(claim([c.citations[2]!]), { baseUrl: "https://tideline.example", explanation: "" });
    expect((onlyCnn.itemReviewed as { author: unknown }).author).toEqual({ "@type": "Organization", name: "CNN" });
  });
  it("serializes safely inside a <script> element", () => {
    const text = jsonLdText({ claimReviewed: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ claimReviewed: "</script><script>alert(1)</script>" });
  });
});
