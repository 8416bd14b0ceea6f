/** Lowercase, strip diacritics and punctuation noise: "Jean-Noël Barrot" -> "jean-noel barrot". Used for matching, never for display. */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[^\p{L}\p{N}'@\- ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
