-- The deal list's sorts at a million deals (lib/data/deal-filter-sql.ts, orderByOf):
-- a page walks one of these indexes instead of sorting every match. Written by hand,
-- as the search table and triggers of the first migration were: Prisma's models can
-- say neither NULLS LAST nor a WHERE clause, and its diff leaves partial indexes
-- alone (the test that keeps both folders in step still passes).
--
-- Every list query has "deletedAt" IS NULL, so each index holds the live deals only.
-- Ascending sorts put missing values last, as an ascending index does, and read it
-- forwards; descending ones say NULLS LAST on a column that can be missing, which a
-- backward walk of the ascending index cannot give, hence the second index for
-- those four columns. The id ends each index: it is every sort's tie-breaker.

CREATE INDEX "Deal_live_announcedOn_id_idx" ON "Deal" ("announcedOn", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_announcedOn_desc_id_idx" ON "Deal" ("announcedOn" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_amountUsd_id_idx" ON "Deal" ("amountUsd", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_amountUsd_desc_id_idx" ON "Deal" ("amountUsd" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_amount_id_idx" ON "Deal" ("amount", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_amount_desc_id_idx" ON "Deal" ("amount" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_investorCountry_id_idx" ON "Deal" ("investorCountry", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_investorCountry_desc_id_idx" ON "Deal" ("investorCountry" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;

-- columns that are never missing: one index serves both directions
CREATE INDEX "Deal_live_investor_id_idx" ON "Deal" ("investor", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_targetCountry_announcedOn_id_idx" ON "Deal" ("targetCountry", "announcedOn", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_status_id_idx" ON "Deal" ("status", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_kind_id_idx" ON "Deal" ("kind", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_reviewState_confidence_id_idx" ON "Deal" ("reviewState", "confidence", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_confidence_id_idx" ON "Deal" ("confidence", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_sourceCount_id_idx" ON "Deal" ("sourceCount", "id") WHERE "deletedAt" IS NULL;

-- the default sort (newest first) within a target country, the commonest filter
CREATE INDEX "Deal_live_targetCountry_announcedOn_desc_id_idx" ON "Deal" ("targetCountry", "announcedOn" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
-- the largest first within a target country (a country's deals by amount, in dollars or as written)
CREATE INDEX "Deal_live_targetCountry_amountUsd_desc_id_idx" ON "Deal" ("targetCountry", "amountUsd" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
CREATE INDEX "Deal_live_targetCountry_amount_desc_id_idx" ON "Deal" ("targetCountry", "amount" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;
