import type { ActorRegistry } from "./actor-registry";
import { gazetteerFor } from "./actors/gazetteer";
import { findCandidates } from "./actors/name-finder";
import { resolveMentions } from "./actors/resolve-mentions";
import { foldSameLength, tokenize } from "./actors/tokenize";
import type { ExtractedActor, Segmentation } from "./types";

/**
 * Every person, organization, country and group named in an article, with each
 * mention as written and the actor it resolves to. Known actors (registry) keep
 * their key across articles; others get the slug of their fullest name here.
 * `outlet`, the publication the article comes from, names the paper when it
 * speaks of itself by a short name ("told the Herald").
 */
export function extractActors(text: string, segmentation: Segmentation, registry: ActorRegistry, options: { outlet?: string } = {}): ExtractedActor[] {
  if (!text) return [];
  const folded = foldSameLength(text);
  const tokens = tokenize(text, segmentation, folded);
  const candidates = findCandidates(text, folded, tokens, gazetteerFor(registry), options.outlet);
  return resolveMentions(candidates, gazetteerFor(registry), options.outlet, text);
}
