/**
 * The one normalization applied before anything is stored or extracted. Every
 * offset in the database points into the text this returns, so it must be
 * deterministic and must never be applied twice with different rules.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
