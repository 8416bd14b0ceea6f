-- Full-text search (issue: newsroom-grade reading experience).
-- Each searchable table gets a tsvector that the database generates from its
-- own columns, so what is searched cannot drift from what is stored, and a GIN
-- index over it. Prisma sees these as Unsupported tsvector columns and never
-- writes them. Names use the simple configuration (no stemming of names),
-- prose the english one. Fuzzy name matching (typos such as Barrault for
-- Barrot) is done over ActorAlias.normalized in the query layer.

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, coalesce("name", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("role", '') || ' ' || coalesce("description", '')), 'B')
) STORED;

-- AlterTable
ALTER TABLE "ActorAlias" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple'::regconfig, coalesce("alias", '') || ' ' || coalesce("normalized", ''))
) STORED;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("text", '')), 'B')
) STORED;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english'::regconfig, coalesce("proposition", ''))
) STORED;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english'::regconfig, coalesce("text", ''))
) STORED;

-- CreateIndex
CREATE INDEX "Actor_searchVector_idx" ON "Actor" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ActorAlias_searchVector_idx" ON "ActorAlias" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");
