import { readFileSync, statSync } from "node:fs";
import { IngestError } from "./ingest-error";
import { normalizeText } from "./normalize-text";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Read one article file, refusing what is not plain UTF-8 text of a sane size. */
export function readArticleFile(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new IngestError(file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new IngestError(file, `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for one article`);
  }
  return decodeArticleBytes(file, readFileSync(file));
}

export function decodeArticleBytes(source: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new IngestError(source, `article is over the 5 MB limit`);
  }
  if (bytes.includes(0)) throw new IngestError(source, "binary file (contains NUL bytes), not article text");
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(source, "not valid UTF-8 text");
  }
  const text = normalizeText(raw);
  if (!text) throw new IngestError(source, "empty article (no text)");
  if (!/\p{L}{2,}/u.test(text)) throw new IngestError(source, "no words found: not article text");
  return text;
}
