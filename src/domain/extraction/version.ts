/**
 * Bump when extraction or resolution output changes: articles stored by an
 * older version are re-extracted on the next ingest even if their text is
 * unchanged (docs/ingestion.md).
 */
export const EXTRACTOR_VERSION = "2026.11.23-19";
