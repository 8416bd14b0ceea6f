import type { KnownActor } from "../../domain/extraction/actor-registry";
import { foldText } from "../../domain/text/fold";
import type { PrismaClient } from "../../generated/prisma/client";
import { derivedId } from "../ids";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * Bring curated actors (seeds/actors.json) into the database. Curated fields
 * win over what extraction guessed; extracted aliases are kept.
 */
export async function syncCuratedActors(tx: Tx, curated: readonly KnownActor[]): Promise<void> {
  for (const a of curated) {
    await tx.actor.upsert({
      where: { id: a.key },
      create: { id: a.key, name: a.name, kind: a.kind, role: a.role, description: a.description ?? null, curated: true },
      update: { name: a.name, kind: a.kind, role: a.role, description: a.description ?? null, curated: true },
    });
  }
  const aliases = curated.flatMap((a) => [a.name, ...a.aliases].map((alias) => aliasRow(a.key, alias, "curated")));
  if (aliases.length) await tx.actorAlias.createMany({ data: dedupeById(aliases), skipDuplicates: true });
}

export function aliasRow(actorId: string, alias: string, source: "curated" | "extracted") {
  const normalized = foldText(alias);
  return { id: derivedId("alias", actorId, normalized), actorId, alias, normalized, source };
}

export function dedupeById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

export type { Tx };
