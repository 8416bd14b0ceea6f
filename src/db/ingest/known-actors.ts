import type { KnownActor } from "../../domain/extraction/actor-registry";
import type { Tx } from "./sync-curated-actors";

/**
 * Actors found in earlier articles, as a registry for the next one: this is
 * how "Kallas" in a new article links to the Kaja Kallas another outlet named
 * in full. Curated actors come from seeds/actors.json and are not re-read here.
 */
export async function loadDiscoveredActors(tx: Tx): Promise<KnownActor[]> {
  const actors = await tx.actor.findMany({
    where: { curated: false },
    select: { id: true, name: true, kind: true, role: true, description: true, aliases: { select: { alias: true } } },
  });
  return actors.map((a) => ({
    key: a.id,
    name: a.name,
    kind: a.kind,
    role: a.role,
    description: a.description,
    aliases: [...new Set(a.aliases.map((x) => x.alias))].filter((x) => x !== a.name),
    curated: false,
  }));
}
