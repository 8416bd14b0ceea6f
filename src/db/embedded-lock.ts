import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DbConfig } from "./config";

/**
 * PGlite is one process's database: two processes opening the same data
 * directory corrupt it. Whoever opens it holds this lock file; a server
 * records its port so that `npm run ingest` can hand its work to the running
 * app instead of failing.
 */
export type LockHolder = {
  pid: number;
  owner: string;
  /** Set by a server: where to send ingest work, and the secret that proves the sender can read this file. */
  port?: number;
  token?: string;
  since: string;
};

export class DatabaseInUseError extends Error {
  constructor(readonly holder: LockHolder) {
    super(
      holder.port
        ? `the embedded database is in use by the Tideline server (pid ${holder.pid}, port ${holder.port})`
        : `the embedded database is in use by "${holder.owner}" (pid ${holder.pid}); wait for it to finish, or stop it, then run this again`,
    );
  }
}

function lockPath(config: Extract<DbConfig, { kind: "pglite" }>): string {
  return path.join(config.stateDir, "pglite.lock");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live holder of the lock, if any (a lock left by a dead process is ignored). */
export function readLockHolder(config: DbConfig): LockHolder | null {
  if (config.kind !== "pglite") return null;
  try {
    const holder = JSON.parse(readFileSync(lockPath(config), "utf8")) as LockHolder;
    return holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/** Take the lock or throw DatabaseInUseError. Returns the release function. */
export function acquireEmbeddedLock(config: DbConfig, owner: string, server?: { port: number; token: string }): () => void {
  if (config.kind !== "pglite") return () => {};
  mkdirSync(config.stateDir, { recursive: true });
  const file = lockPath(config);
  const holder: LockHolder = { pid: process.pid, owner, ...server, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: "wx", mode: 0o600 });
      const release = () => {
        try {
          const current = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
          if (current.pid === process.pid) rmSync(file, { force: true });
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const live = readLockHolder(config);
      if (live) throw new DatabaseInUseError(live);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the database lock ${file}`);
}

export async function withEmbeddedLock<T>(config: DbConfig, owner: string, fn: () => Promise<T>): Promise<T> {
  const release = acquireEmbeddedLock(config, owner);
  try {
    return await fn();
  } finally {
    release();
  }
}
