import "server-only";
import { randomBytes } from "node:crypto";
import { readDbConfig } from "./config";
import { acquireEmbeddedLock } from "./embedded-lock";
import { openDatabase, type Database } from "./open-database";

/**
 * The app's one database handle. PGlite allows one opener per data directory,
 * so the server takes the embedded lock (recording its port so the ingest CLI
 * can hand work to it) and keeps a single instance across dev reloads.
 */
const globalForDb = globalThis as unknown as { tidelineDb?: Promise<Database>; tidelineToken?: string };

/** Proves an ingest request comes from someone who can read .data/ on this machine. */
const ingestToken = (globalForDb.tidelineToken ??= randomBytes(24).toString("hex"));

export function serverIngestToken(): string {
  return ingestToken;
}

export function getDb(): Promise<Database> {
  globalForDb.tidelineDb ??= open().catch((e: unknown) => {
    globalForDb.tidelineDb = undefined;
    throw e;
  });
  return globalForDb.tidelineDb;
}

async function open(): Promise<Database> {
  const config = readDbConfig();
  const port = Number(process.env.PORT ?? 3000);
  acquireEmbeddedLock(config, "tideline server", { port: Number.isFinite(port) ? port : 3000, token: ingestToken });
  return openDatabase(config);
}
