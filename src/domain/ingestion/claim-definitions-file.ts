import { readFileSync } from "node:fs";
import { parseClaimDefinitions, type ClaimDefinition } from "../resolution/claim-definitions";

/** Read and validate seeds/claims.json (or another curated claims file). */
export function loadClaimDefinitions(path: string): ClaimDefinition[] {
  try {
    return parseClaimDefinitions(JSON.parse(readFileSync(path, "utf8")));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
  }
}
