import path from "node:path";
import { loadClaimDefinitions } from "./claim-definitions-file";
import { loadCuratedActors } from "./curated-actors";

/** Curated data that helps extraction and resolution: seeds/actors.json and seeds/claims.json. */
export function loadIngestContext(root: string = process.cwd()) {
  const seeds = path.join(/*turbopackIgnore: true*/ root, "seeds");
  return {
    curatedActors: loadCuratedActors(path.join(seeds, "actors.json")),
    claims: loadClaimDefinitions(path.join(seeds, "claims.json")),
  };
}
