import type { Tx } from "./sync-curated-actors";

/** Everything extraction derived from one article; the article row itself stays (its id is stable). */
export async function deleteDerivedRows(tx: Tx, articleId: string): Promise<void> {
  await tx.citation.deleteMany({ where: { articleId } });
  await tx.eventSource.deleteMany({ where: { articleId } });
  await tx.statement.deleteMany({ where: { articleId } });
  await tx.figure.deleteMany({ where: { articleId } });
  await tx.dateMention.deleteMany({ where: { articleId } });
  await tx.mention.deleteMany({ where: { articleId } });
}

/**
 * Groups (quotes, events) and discovered actors exist only through the rows
 * that cite them: once a replaced article took its last source away, they go.
 */
export async function removeOrphans(tx: Tx): Promise<void> {
  await tx.quote.deleteMany({ where: { statements: { none: {} } } });
  await tx.event.deleteMany({ where: { sources: { none: {} } } });
  await tx.eventActor.deleteMany({ where: { actor: { curated: false, mentions: { none: {} } } } });
  await tx.actor.deleteMany({
    where: {
      curated: false,
      mentions: { none: {} },
      statements: { none: {} },
      citations: { none: {} },
      events: { none: {} },
      quotes: { none: {} },
    },
  });
}
