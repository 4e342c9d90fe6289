-- CreateIndex
CREATE INDEX "Deal_deletedAt_targetCountry_currency_amount_idx" ON "Deal"("deletedAt", "targetCountry", "currency", "amount");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_announcedYear_currency_amount_idx" ON "Deal"("deletedAt", "announcedYear", "currency", "amount");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_status_kind_reviewState_idx" ON "Deal"("deletedAt", "status", "kind", "reviewState");
