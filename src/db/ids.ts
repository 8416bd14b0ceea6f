import { createHash } from "node:crypto";

/**
 * Ids of derived rows are hashes of their source and content, so running the
 * pipeline twice over the same article produces the same ids (idempotent by
 * construction) and a row's id says nothing about insertion order.
 */
export function derivedId(...parts: (string | number | null | undefined)[]): string {
  return createHash("sha256")
    .update(parts.map((p) => String(p ?? "")).join("\u0000"))
    .digest("hex")
    .slice(0, 20);
}
