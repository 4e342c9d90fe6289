-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "linkChangeId" INTEGER;

-- CreateTable
CREATE TABLE "DuplicateCandidate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "otherDealId" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    "state" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" INTEGER,
    CONSTRAINT "DuplicateCandidate_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DuplicateCandidate_otherDealId_fkey" FOREIGN KEY ("otherDealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvestorAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "aliasKey" TEXT NOT NULL,
    "canonicalKey" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DealLinkChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "fromDealId" INTEGER NOT NULL,
    "toDealId" INTEGER NOT NULL,
    "articleIds" TEXT NOT NULL,
    "keptBefore" TEXT,
    "userId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME
);

-- AlterTable: columns added in place rather than by rebuilding Deal (Prisma's default
-- here), so a large database migrates in moments and nothing attached to the table
-- (indexes, any trigger) is dropped and re-created.
ALTER TABLE "Deal" ADD COLUMN "investorKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Deal" ADD COLUMN "viaKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Deal" ADD COLUMN "sourceCount" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Deal" ADD COLUMN "firstReportedOn" TEXT;
ALTER TABLE "Deal" ADD COLUMN "lastReportedOn" TEXT;
ALTER TABLE "Deal" ADD COLUMN "mergedIntoId" INTEGER;

-- AlterTable
ALTER TABLE "DealArticle" ADD COLUMN "content" TEXT;
ALTER TABLE "DealArticle" ADD COLUMN "confidence" REAL;
ALTER TABLE "DealArticle" ADD COLUMN "matchScore" REAL;
ALTER TABLE "DealArticle" ADD COLUMN "matchReasons" TEXT NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "Deal_targetCountry_investorKey_idx" ON "Deal"("targetCountry", "investorKey");

-- CreateIndex
CREATE INDEX "Deal_targetCountry_viaKey_idx" ON "Deal"("targetCountry", "viaKey");

-- CreateIndex
CREATE INDEX "Deal_sourceCount_idx" ON "Deal"("sourceCount");

-- CreateIndex
CREATE INDEX "DuplicateCandidate_state_score_idx" ON "DuplicateCandidate"("state", "score");

-- CreateIndex
CREATE UNIQUE INDEX "DuplicateCandidate_dealId_otherDealId_key" ON "DuplicateCandidate"("dealId", "otherDealId");

-- CreateIndex
CREATE UNIQUE INDEX "InvestorAlias_aliasKey_key" ON "InvestorAlias"("aliasKey");

-- CreateIndex
CREATE INDEX "InvestorAlias_canonicalKey_idx" ON "InvestorAlias"("canonicalKey");

-- CreateIndex
CREATE INDEX "DealLinkChange_fromDealId_idx" ON "DealLinkChange"("fromDealId");

-- CreateIndex
CREATE INDEX "DealLinkChange_toDealId_idx" ON "DealLinkChange"("toDealId");

-- Backfill for deals stored before matching. Every deal so far had exactly one source
-- (the default 1). The keys here are only lower-cased; every later write of a deal
-- stores the fully folded key (lib/matching/investor-name.ts).
UPDATE "Deal" SET "investorKey" = lower(trim("investor")), "viaKey" = lower(trim(coalesce("via", '')));
UPDATE "Deal" SET "firstReportedOn" = (
    SELECT coalesce(a."publishedOn", "Deal"."announcedOn") FROM "DealArticle" da JOIN "Article" a ON a."id" = da."articleId"
    WHERE da."dealId" = "Deal"."id" ORDER BY da."articleId" LIMIT 1
);
UPDATE "Deal" SET "lastReportedOn" = "firstReportedOn";
