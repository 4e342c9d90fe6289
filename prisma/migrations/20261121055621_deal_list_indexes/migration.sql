-- CreateIndex
CREATE INDEX "Deal_deletedAt_targetCountry_currency_amount_announcedYear_status_kind_reviewState_idx" ON "Deal"("deletedAt", "targetCountry", "currency", "amount", "announcedYear", "status", "kind", "reviewState");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_announcedYear_currency_amount_idx" ON "Deal"("deletedAt", "announcedYear", "currency", "amount");

-- CreateIndex
CREATE INDEX "Deal_deletedAt_status_kind_reviewState_idx" ON "Deal"("deletedAt", "status", "kind", "reviewState");

-- CreateIndex
CREATE INDEX "Deal_confidence_idx" ON "Deal"("confidence");

-- CreateIndex
CREATE INDEX "Facility_dealId_position_idx" ON "Facility"("dealId", "position");
