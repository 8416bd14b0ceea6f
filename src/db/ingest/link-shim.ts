// TEMPORARY
export type ClaimDefinition = { slug: string };
export function loadClaimDefinitions(path: string): ClaimDefinition[] {
  void path;
  return [];
}
