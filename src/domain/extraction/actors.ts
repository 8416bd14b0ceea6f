import type { ActorRegistry } from "./actor-registry";
import type { ExtractedActor, Segmentation } from "./types";

/** STUB (being written): find actor mentions and resolve them to actors. */
export function extractActors(text: string, segmentation: Segmentation, registry: ActorRegistry): ExtractedActor[] {
  void text; void segmentation; void registry;
  return [];
}
