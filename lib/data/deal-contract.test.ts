import { describe, expect, it } from "vitest";
import type {
  DealKind as EngineKind,
  DealStatus as EngineStatus,
  ExtractedDeal,
  FacilityType as EngineFacilityType,
} from "../extraction";
import { Prisma } from "../generated/prisma/client";
import { EXPORT_COLUMNS } from "./export-deals";
import { csvHeader } from "../deals/export-format";
import { DEAL_FIELD_LABELS } from "../deals/field-names";
import {
  DEAL_FIELDS,
  dealContentSchema,
  pickContent,
  type DealContent,
  type DealKind,
  type DealStatus,
  type FacilityType,
} from "../schemas/deal";
import { dealFormSchema, toDealFormValues } from "../schemas/deal-form";
import { parseDealQueryOrThrow } from "../schemas/deal-query";
import { storeArticle, storeEditor } from "../test/deal-factory";
import { DEAL_CONTENT_COLUMNS } from "./deal-dto";
import { dealBatches, type ExportRow } from "./export-deals";
import { findDeals } from "./find-deals";
import { getDealById } from "./get-deal-by-id";
import { updateDeal } from "./update-deal";

// The deal contract (lib/schemas/deal.ts) is the one list of a deal's fields. What the
// compiler checks: the engine's enums are the schema's, and the engine's record has
// every field in the schema's types (else this file does not compile).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const ENGINE_ENUMS_ARE_THE_SCHEMAS: [
  Equal<EngineStatus, DealStatus>,
  Equal<EngineKind, DealKind>,
  Equal<EngineFacilityType, FacilityType>,
] = [true, true, true];
const engineRecordIsContent = (d: ExtractedDeal): DealContent => d;

// What the tests check: every layer carries every field, by storing a deal whose every
// field differs from the defaults and reading it back through each of them.
const FULL: DealContent = dealContentSchema.parse({
  investor: "Contract Holdings",
  via: "Contract Sub GmbH",
  investorCountry: "AT",
  targetCountry: "RS",
  amount: 123_000_000,
  currency: "EUR",
  amountText: "123 Mio. Euro",
  announcedOn: "2023-09-14",
  status: "completed",
  kind: "stake",
  stakePercent: 49.5,
  partners: ["Partner One", "Partner Two"],
  facilities: [
    { type: "mine", city: "Bor", name: "Bor pit" },
    { type: "office", city: "Belgrade", name: null },
  ],
});
const CHANGED: DealContent = dealContentSchema.parse({
  ...FULL,
  via: null,
  investorCountry: "CH",
  targetCountry: "HU",
  amount: 5,
  currency: "CHF",
  amountText: "five francs",
  announcedOn: "2024",
  status: "proposed",
  kind: "acquisition",
  stakePercent: 100,
  partners: ["Other"],
  facilities: [],
});

describe("the deal contract", () => {
  it("is checked against the engine at compile time", () => {
    expect(ENGINE_ENUMS_ARE_THE_SCHEMAS).toEqual([true, true, true]);
    expect(typeof engineRecordIsContent).toBe("function");
  });

  it("has a column in the Prisma model for every field, a label and an export column", () => {
    for (const column of DEAL_CONTENT_COLUMNS)
      expect(Object.keys(Prisma.DealScalarFieldEnum), column).toContain(column);
    expect(Object.keys(Prisma.FacilityScalarFieldEnum)).toEqual(expect.arrayContaining(["type", "city", "name"]));
    for (const field of DEAL_FIELDS) {
      expect(DEAL_FIELD_LABELS[field], field).toBeTruthy();
      expect(EXPORT_COLUMNS, field).toContain(field);
      expect(csvHeader().trim().split(","), field).toContain(field);
    }
  });

  it("the test deals set every field, so a forgotten one shows below", () => {
    for (const field of DEAL_FIELDS) {
      expect(FULL[field], field).not.toBeNull();
      // the investor stays: the test finds its deal by it
      if (field !== "investor") expect(FULL[field], field).not.toEqual(CHANGED[field]);
    }
  });

  it("the form's values read back as the same content", () => {
    expect(dealFormSchema.parse(toDealFormValues(FULL))).toEqual(FULL);
    expect(dealFormSchema.parse(toDealFormValues(CHANGED))).toEqual(CHANGED);
  });

  it("storing, the DTO (Prisma and raw SQL), an edit and the export keep every field", async () => {
    const {
      dealIds: [id],
    } = await storeArticle([{ content: FULL, confidence: 0.9, evidence: [] }]);
    const stored = await getDealById(id);
    expect(pickContent(stored!)).toEqual(FULL);
    const listed = (await findDeals(parseDealQueryOrThrow({ investor: FULL.investor }))).deals.find((d) => d.id === id);
    expect(pickContent(listed!)).toEqual(FULL);

    const result = await updateDeal(
      { dealId: id, expectedVersion: stored!.version, content: CHANGED, evidence: [] },
      await storeEditor(),
    );
    expect(result.status).toBe("saved");
    const edited = await getDealById(id);
    expect(pickContent(edited!)).toEqual(CHANGED);
    // the history names every field that changed
    const changedFields = DEAL_FIELDS.filter((f) => f !== "investor");
    expect(Object.keys(edited!.revisions[0].changes).sort()).toEqual(expect.arrayContaining([...changedFields].sort()));

    const batches: ExportRow[][] = [];
    for await (const rows of dealBatches(parseDealQueryOrThrow({ investor: FULL.investor }))) batches.push(rows);
    const exported = batches.flat().find((r) => r.id === id);
    expect(pickContent(exported!)).toEqual(CHANGED);
  });
});
