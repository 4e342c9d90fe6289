-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "text" TEXT NOT NULL,
    "source" TEXT,
    "publishedOn" TEXT,
    "language" TEXT,
    "contentHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" INTEGER,
    "importedVia" TEXT NOT NULL DEFAULT 'upload',

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" SERIAL NOT NULL,
    "investor" TEXT NOT NULL,
    "via" TEXT,
    "investorCountry" TEXT,
    "targetCountry" TEXT NOT NULL,
    "amount" DOUBLE PRECISION,
    "currency" TEXT,
    "amountText" TEXT,
    "amountUsd" DOUBLE PRECISION,
    "amountEur" DOUBLE PRECISION,
    "fxPeriod" TEXT,
    "announcedOn" TEXT,
    "announcedYear" INTEGER,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stakePercent" DOUBLE PRECISION,
    "partners" TEXT NOT NULL DEFAULT '[]',
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "reviewState" TEXT NOT NULL DEFAULT 'unreviewed',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedFields" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "investorKey" TEXT NOT NULL DEFAULT '',
    "viaKey" TEXT NOT NULL DEFAULT '',
    "sourceCount" INTEGER NOT NULL DEFAULT 1,
    "firstReportedOn" TEXT,
    "lastReportedOn" TEXT,
    "mergedIntoId" INTEGER,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" SERIAL NOT NULL,
    "dealId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "city" TEXT,
    "name" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealArticle" (
    "dealId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "content" TEXT,
    "confidence" DOUBLE PRECISION,
    "matchScore" DOUBLE PRECISION,
    "matchReasons" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "DealArticle_pkey" PRIMARY KEY ("dealId","articleId")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "dealId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "dealId" INTEGER NOT NULL,
    "userId" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "linkChangeId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "passwordHash" TEXT NOT NULL,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuplicateCandidate" (
    "id" SERIAL NOT NULL,
    "dealId" INTEGER NOT NULL,
    "otherDealId" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    "state" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,

    CONSTRAINT "DuplicateCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvestorAlias" (
    "id" SERIAL NOT NULL,
    "aliasKey" TEXT NOT NULL,
    "canonicalKey" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvestorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealLinkChange" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "fromDealId" INTEGER NOT NULL,
    "toDealId" INTEGER NOT NULL,
    "articleIds" TEXT NOT NULL,
    "keptBefore" TEXT,
    "userId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "DealLinkChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_importedAt_idx" ON "Article"("importedAt");

-- CreateIndex
CREATE INDEX "Deal_targetCountry_investorKey_idx" ON "Deal"("targetCountry", "investorKey");

-- CreateIndex
CREATE INDEX "Deal_targetCountry_viaKey_idx" ON "Deal"("targetCountry", "viaKey");

-- CreateIndex
CREATE INDEX "Deal_sourceCount_idx" ON "Deal"("sourceCount");

-- CreateIndex
CREATE INDEX "Deal_targetCountry_status_amount_idx" ON "Deal"("targetCountry", "status", "amount");

-- CreateIndex
CREATE INDEX "Deal_targetCountry_announcedOn_idx" ON "Deal"("targetCountry", "announcedOn");

-- CreateIndex
CREATE INDEX "Deal_investor_idx" ON "Deal"("investor");

-- CreateIndex
CREATE INDEX "Deal_investorCountry_idx" ON "Deal"("investorCountry");

-- CreateIndex
CREATE INDEX "Deal_announcedOn_idx" ON "Deal"("announcedOn");

-- CreateIndex
CREATE INDEX "Deal_announcedYear_idx" ON "Deal"("announcedYear");

-- CreateIndex
CREATE INDEX "Deal_amount_idx" ON "Deal"("amount");

-- CreateIndex
CREATE INDEX "Deal_amountUsd_idx" ON "Deal"("amountUsd");

-- CreateIndex
CREATE INDEX "Deal_status_idx" ON "Deal"("status");

-- CreateIndex
CREATE INDEX "Deal_kind_idx" ON "Deal"("kind");

-- CreateIndex
CREATE INDEX "Deal_reviewState_confidence_idx" ON "Deal"("reviewState", "confidence");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_idx" ON "Deal"("deletedAt");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_targetCountry_currency_amount_amountUsd_amou_idx" ON "Deal"("deletedAt", "targetCountry", "currency", "amount", "amountUsd", "amountEur", "announcedYear", "status", "kind", "reviewState");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_announcedYear_status_currency_amount_amountU_idx" ON "Deal"("deletedAt", "announcedYear", "status", "currency", "amount", "amountUsd", "amountEur");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_status_kind_reviewState_idx" ON "Deal"("deletedAt", "status", "kind", "reviewState");

-- CreateIndex
CREATE INDEX "Deal_confidence_idx" ON "Deal"("confidence");

-- CreateIndex
CREATE INDEX "Facility_dealId_idx" ON "Facility"("dealId");

-- CreateIndex
CREATE INDEX "Facility_type_dealId_idx" ON "Facility"("type", "dealId");

-- CreateIndex
CREATE INDEX "Facility_dealId_position_idx" ON "Facility"("dealId", "position");

-- CreateIndex
CREATE INDEX "DealArticle_articleId_idx" ON "DealArticle"("articleId");

-- CreateIndex
CREATE INDEX "Evidence_dealId_idx" ON "Evidence"("dealId");

-- CreateIndex
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");

-- CreateIndex
CREATE INDEX "Revision_dealId_createdAt_idx" ON "Revision"("dealId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

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

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealArticle" ADD CONSTRAINT "DealArticle_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealArticle" ADD CONSTRAINT "DealArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateCandidate" ADD CONSTRAINT "DuplicateCandidate_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateCandidate" ADD CONSTRAINT "DuplicateCandidate_otherDealId_fkey" FOREIGN KEY ("otherDealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search (not in models.prisma; listed as external tables): one tsvector per
-- deal, written by lib/data/search-index.ts in the same transaction as the deal.
-- Words are folded (lower case, accents removed) by the app before they get here, as
-- SQLite's FTS5 tokenizer does; `simple` keeps every word for prefix search, and the
-- article's language adds its stems where PostgreSQL knows the language.
CREATE TABLE "deal_search" (
    "dealId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Deal"("id") ON DELETE CASCADE,
    "document" TSVECTOR NOT NULL
);
CREATE INDEX "deal_search_document_idx" ON "deal_search" USING GIN ("document");

-- The text search configuration of an article's language ("simple" for the rest).
CREATE FUNCTION tracker_search_config(language TEXT) RETURNS regconfig
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE lower(coalesce(language, ''))
    WHEN 'de' THEN 'german' WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french'
    WHEN 'es' THEN 'spanish' WHEN 'it' THEN 'italian' WHEN 'pt' THEN 'portuguese'
    WHEN 'tr' THEN 'turkish' WHEN 'nl' THEN 'dutch'
    ELSE 'simple' END::regconfig
$$;

-- The change counter: what SQLite's PRAGMA data_version is to one file, this is to
-- every app instance on the server. Any statement that changes deals, their sources,
-- facilities, evidence or articles moves it (once per statement, in the statement's
-- transaction), and the caches of aggregates are keyed on it.
CREATE TABLE "change_counter" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "value" BIGINT NOT NULL
);
INSERT INTO "change_counter" ("id", "value") VALUES (1, 0);

CREATE FUNCTION tracker_bump_change_counter() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "change_counter" SET "value" = "value" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Deal_changed" AFTER INSERT OR UPDATE OR DELETE ON "Deal" FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_change_counter();
CREATE TRIGGER "Facility_changed" AFTER INSERT OR UPDATE OR DELETE ON "Facility" FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_change_counter();
CREATE TRIGGER "DealArticle_changed" AFTER INSERT OR UPDATE OR DELETE ON "DealArticle" FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_change_counter();
CREATE TRIGGER "Article_changed" AFTER INSERT OR UPDATE OR DELETE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_change_counter();
CREATE TRIGGER "deal_search_changed" AFTER INSERT OR UPDATE OR DELETE ON "deal_search" FOR EACH STATEMENT EXECUTE FUNCTION tracker_bump_change_counter();
