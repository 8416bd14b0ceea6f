import type { ArticleExtraction } from "../../domain/extraction/types";
import type { ArticleInput } from "../../domain/ingestion/prepare-article";
import type { ClaimDefinition } from "./link-shim";
import type { Tx } from "./sync-curated-actors";

// TEMPORARY until resolution lands in this session.
export async function persistClaims(
  tx: Tx,
  articleId: string,
  input: ArticleInput,
  x: ArticleExtraction,
  claims: readonly ClaimDefinition[],
  figureIds: Map<string, string>,
): Promise<number> {
  void tx; void articleId; void input; void x; void claims; void figureIds;
  return 0;
}
