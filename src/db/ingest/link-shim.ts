// TEMPORARY
export function sameUtterance(a: { text: string }, b: { text: string }): boolean {
  return a.text === b.text;
}
export function quoteSimilarity(a: string, b: string): number {
  return a === b ? 1 : 0;
}
export type ClaimDefinition = { slug: string };
export function loadClaimDefinitions(path: string): ClaimDefinition[] {
  void path;
  return [];
}
