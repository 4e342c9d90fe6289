-- Dollar and euro equivalents of every amount (lib/currency). Existing rows are
-- converted by lib/data/convert-deal-amounts.ts, which `npm run db:migrate` and
-- `npm start` run after migrating: the rates live in the project, not in SQL.

-- DropIndex
DROP INDEX "Deal_deletedAt_announcedYear_currency_amount_idx";

-- DropIndex
DROP INDEX "Deal_deletedAt_targetCountry_currency_amount_announcedYear_status_kind_reviewState_idx";

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN "amountEur" REAL;
ALTER TABLE "Deal" ADD COLUMN "amountUsd" REAL;
ALTER TABLE "Deal" ADD COLUMN "fxPeriod" TEXT;

-- CreateIndex
CREATE INDEX "Deal_amountUsd_idx" ON "Deal"("amountUsd");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_targetCountry_currency_amount_amountUsd_amountEur_announcedYear_status_kind_reviewState_idx" ON "Deal"("deletedAt", "targetCountry", "currency", "amount", "amountUsd", "amountEur", "announcedYear", "status", "kind", "reviewState");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_announcedYear_status_currency_amount_amountUsd_amountEur_idx" ON "Deal"("deletedAt", "announcedYear", "status", "currency", "amount", "amountUsd", "amountEur");
