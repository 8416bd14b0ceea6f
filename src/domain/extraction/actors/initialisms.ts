/** Acronyms tied to the names whose initials they spell. */
import type { KnownActor } from "../actor-registry";
import type { Gazetteer } from "./gazetteer";

const initialismCache = new WeakMap<Gazetteer, Map<string, KnownActor | null>>();

/**
 * An acronym of three letters or more whose letters are the initials of exactly
 * one organization the registry knows ("MoF" for a curated "Ministry of
 * Fisheries"); ambiguous initials link to nothing.
 */
export function registryInitialism(g: Gazetteer, acronym: string): KnownActor | null {
  let index = initialismCache.get(g);
  if (!index) {
    index = new Map();
    for (const a of g.actors.values()) {
      if (a.kind !== "organization" && a.kind !== "group") continue;
      for (const form of [a.name, ...a.aliases]) {
        if (!form.includes(" ")) continue;
        for (const key of initialKeys(form)) {
          const prev = index.get(key);
          index.set(key, prev === undefined || prev === a ? a : null);
        }
      }
    }
    initialismCache.set(g, index);
  }
  // Two letters ("CS", "AI") are too often something else.
  const key = acronym.replace(/[.-]/g, "").toLowerCase();
  return key.length >= 3 ? (index.get(key) ?? null) : null;
}

function initialKeys(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]!.toLowerCase()).join("");
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join("");
  return caps.length >= 2 && caps !== all ? [all, caps] : [all];
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * "DHS" for "Department of Homeland Security", "MoD" for "Ministry of Defence":
 * the capitals' initials, or every word's initial, compared without case.
 */
export function isInitialism(acronym: string, name: string): boolean {
  if (initials(name) === acronym) return true;
  const a = acronym.replace(/[.-]/g, "").toLowerCase();
  if (a.length < 2 || /[^a-z]/.test(a)) return false;
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]!.toLowerCase()).join("");
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join("");
  return a === all || a === caps;
}
