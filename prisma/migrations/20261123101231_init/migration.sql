-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year');

-- CreateEnum
CREATE TYPE "DateBasis" AS ENUM ('stated', 'inferred', 'supplied');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'organization', 'country', 'group');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('figure', 'event', 'assertion');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('reported', 'disputed', 'denied', 'confirmed');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'denies');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('strike', 'statement', 'designation', 'policy', 'legal', 'diplomatic', 'historical');

-- CreateTable
CREATE TABLE "Outlet" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "outletId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "byline" TEXT,
    "publishedDate" TEXT NOT NULL,
    "publishedPrecision" "DatePrecision" NOT NULL,
    "publishedSort" DATE NOT NULL,
    "publishedBasis" "DateBasis" NOT NULL,
    "publishedNote" TEXT,
    "publishedEvidenceStart" INTEGER,
    "publishedEvidenceEnd" INTEGER,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sourceFile" TEXT,
    "extractorVersion" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "role" TEXT,
    "description" TEXT,
    "curated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "actorId" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "speakerId" TEXT,
    "firstSaidDate" TEXT,
    "firstSaidSort" DATE,
    "firstPrecision" "DatePrecision",

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quoteId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "speakerId" TEXT,
    "speakerAsWritten" TEXT,
    "speakerStart" INTEGER,
    "speakerEnd" INTEGER,
    "attribution" TEXT,
    "saidDate" TEXT,
    "saidPrecision" "DatePrecision",
    "saidApproximate" BOOLEAN NOT NULL DEFAULT false,
    "saidStart" INTEGER,
    "saidEnd" INTEGER,
    "venue" TEXT,
    "venueStart" INTEGER,
    "venueEnd" INTEGER,
    "continuesId" TEXT,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "proposition" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "metric" TEXT,
    "curated" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,
    "attributedToId" TEXT,
    "attributionText" TEXT,
    "attributionStart" INTEGER,
    "attributionEnd" INTEGER,
    "sources" JSONB,
    "figureId" TEXT,
    "value" DOUBLE PRECISION,
    "qualifier" TEXT,
    "asOfDate" TEXT,
    "asOfPrecision" "DatePrecision",

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "kind" TEXT NOT NULL,
    "qualifier" TEXT,
    "asOfDate" TEXT NOT NULL,
    "asOfPrecision" "DatePrecision" NOT NULL,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DateMention" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DateMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "date" TEXT NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "dateStart" DATE NOT NULL,
    "dateEnd" DATE NOT NULL,
    "region" TEXT,
    "statementQuoteId" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventActor" (
    "eventId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "EventActor_pkey" PRIMARY KEY ("eventId","actorId")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "titleStart" INTEGER NOT NULL,
    "titleEnd" INTEGER NOT NULL,
    "dateStart" INTEGER,
    "dateEnd" INTEGER,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourceKey_key" ON "Article"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Article_publishedSort_idx" ON "Article"("publishedSort");

-- CreateIndex
CREATE INDEX "Actor_kind_idx" ON "Actor"("kind");

-- CreateIndex
CREATE INDEX "ActorAlias_normalized_idx" ON "ActorAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_normalized_key" ON "ActorAlias"("actorId", "normalized");

-- CreateIndex
CREATE INDEX "Mention_articleId_idx" ON "Mention"("articleId");

-- CreateIndex
CREATE INDEX "Mention_actorId_idx" ON "Mention"("actorId");

-- CreateIndex
CREATE INDEX "Quote_speakerId_idx" ON "Quote"("speakerId");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE INDEX "Statement_quoteId_idx" ON "Statement"("quoteId");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Citation_claimId_idx" ON "Citation"("claimId");

-- CreateIndex
CREATE INDEX "Citation_articleId_idx" ON "Citation"("articleId");

-- CreateIndex
CREATE INDEX "Figure_articleId_idx" ON "Figure"("articleId");

-- CreateIndex
CREATE INDEX "Figure_kind_idx" ON "Figure"("kind");

-- CreateIndex
CREATE INDEX "DateMention_articleId_idx" ON "DateMention"("articleId");

-- CreateIndex
CREATE INDEX "Event_dateStart_idx" ON "Event"("dateStart");

-- CreateIndex
CREATE INDEX "Event_kind_idx" ON "Event"("kind");

-- CreateIndex
CREATE INDEX "EventActor_actorId_idx" ON "EventActor"("actorId");

-- CreateIndex
CREATE INDEX "EventSource_eventId_idx" ON "EventSource"("eventId");

-- CreateIndex
CREATE INDEX "EventSource_articleId_idx" ON "EventSource"("articleId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_attributedToId_fkey" FOREIGN KEY ("attributedToId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DateMention" ADD CONSTRAINT "DateMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
