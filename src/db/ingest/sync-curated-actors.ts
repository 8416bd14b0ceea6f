import { createHash } from "node:crypto";
import type { KnownActor } from "../../domain/extraction/actor-registry";
import { foldText } from "../../domain/text/fold";
import type { PrismaClient } from "../../generated/prisma/client";
import { derivedId } from "../ids";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Which curated list each database last committed, so a run of many articles syncs once. */
const synced = new WeakMap<object, string>();

/** Sync curated actors in their own transaction unless this database already has this exact list. */
export async function ensureCuratedActors(db: { prisma: PrismaClient }, curated: readonly KnownActor[]): Promise<void> {
  const hash = createHash("sha256").update(JSON.stringify(curated)).digest("hex");
  if (synced.get(db) === hash) return;
  await db.prisma.$transaction((tx) => syncCuratedActors(tx, curated), { maxWait: 60_000, timeout: 120_000 });
  synced.set(db, hash);
}

/**
 * Bring curated actors (seeds/actors.json) into the database. Curated fields
 * win over what extraction guessed; extracted aliases are kept. Cheap when
 * nothing changed: one read, then writes only for differences.
 */
export async function syncCuratedActors(tx: Tx, curated: readonly KnownActor[]): Promise<void> {
  const existing = new Map(
    (await tx.actor.findMany({ where: { id: { in: curated.map((a) => a.key) } } })).map((a) => [a.id, a]),
  );
  for (const a of curated) {
    const data = { name: a.name, kind: a.kind, role: a.role, description: a.description ?? null, curated: true };
    const row = existing.get(a.key);
    if (!row) continue;
    if (row.name !== data.name || row.kind !== data.kind || row.role !== data.role || row.description !== data.description || !row.curated) {
      await tx.actor.update({ where: { id: a.key }, data });
    }
  }
  const fresh = curated.filter((a) => !existing.has(a.key));
  if (fresh.length) {
    await tx.actor.createMany({
      data: fresh.map((a) => ({ id: a.key, name: a.name, kind: a.kind, role: a.role, description: a.description ?? null, curated: true })),
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
