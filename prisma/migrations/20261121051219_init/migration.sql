-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT,
    "text" TEXT NOT NULL,
    "source" TEXT,
    "publishedOn" TEXT,
    "language" TEXT,
    "contentHash" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" INTEGER,
    "importedVia" TEXT NOT NULL DEFAULT 'upload',
    CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "investor" TEXT NOT NULL,
    "via" TEXT,
    "investorCountry" TEXT,
    "targetCountry" TEXT NOT NULL,
    "amount" REAL,
    "currency" TEXT,
    "amountText" TEXT,
    "announcedOn" TEXT,
    "announcedYear" INTEGER,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stakePercent" REAL,
    "partners" TEXT NOT NULL DEFAULT '[]',
    "confidence" REAL NOT NULL DEFAULT 0.5,
    "reviewState" TEXT NOT NULL DEFAULT 'unreviewed',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editedFields" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "city" TEXT,
    "name" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Facility_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DealArticle" (
    "dealId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,

    PRIMARY KEY ("dealId", "articleId"),
    CONSTRAINT "DealArticle_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DealArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Evidence_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "userId" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "passwordHash" TEXT NOT NULL,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_importedAt_idx" ON "Article"("importedAt");

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
CREATE INDEX "Deal_status_idx" ON "Deal"("status");

-- CreateIndex
CREATE INDEX "Deal_kind_idx" ON "Deal"("kind");

-- CreateIndex
CREATE INDEX "Deal_reviewState_confidence_idx" ON "Deal"("reviewState", "confidence");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_idx" ON "Deal"("deletedAt");

-- CreateIndex
CREATE INDEX "Facility_dealId_idx" ON "Facility"("dealId");

-- CreateIndex
CREATE INDEX "Facility_type_dealId_idx" ON "Facility"("type", "dealId");

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
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- Full-text index over a deal's investor, partners, facilities and source article text.
-- Contentless (the text lives in Deal, Facility and Article); lib/data keeps it in step
-- inside the same transaction as every write. rowid = Deal.id.
CREATE VIRTUAL TABLE "deal_search" USING fts5(
    investor, partners, facilities, article,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
