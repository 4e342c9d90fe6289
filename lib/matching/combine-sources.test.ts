import { describe, expect, it } from "vitest";
import type { DealContent } from "../schemas/deal";
import { dealContent } from "../test/deal-content";
import { combineSources } from "./combine-sources";

const content = (over: Partial<DealContent> = {}): DealContent =>
  dealContent({ investor: "Tesla", targetCountry: "TR", ...over });

describe("combineSources", () => {
  it("takes each field from the most reliable report that has it", () => {
    const combined = combineSources([
      {
        content: content({ investor: "Tesla Inc", amount: 2e9, currency: "USD", amountText: "$2bn" }),
        confidence: 0.6,
        reportedOn: "2024-05-14",
      },
      {
        content: content({ investorCountry: "US", amount: 1.8e9, currency: "EUR", amountText: "1,8 Mrd. Euro" }),
        confidence: 0.9,
        reportedOn: "2024-05-15",
      },
    ]);
    expect(combined).toMatchObject({
      investor: "Tesla",
      investorCountry: "US",
      amount: 1.8e9,
      currency: "EUR",
      amountText: "1,8 Mrd. Euro",
    });
  });

  it("gives a single report back unchanged", () => {
    const only = content({
      amount: 1e8,
      currency: "EUR",
      facilities: [
        { type: "factory", city: "Izmir", name: null },
        { type: "factory", city: null, name: "plant 2" },
      ],
    });
    expect(combineSources([{ content: only, confidence: 0.5, reportedOn: null }])).toEqual(only);
  });

  it("keeps the first announcement date, the furthest status and every site", () => {
    const combined = combineSources([
      {
        content: content({ announcedOn: "2021-03", facilities: [{ type: "factory", city: "Izmir", name: null }] }),
        confidence: 0.7,
        reportedOn: "2021-03-02",
      },
      {
        content: content({
          announcedOn: "2023-11",
          status: "completed",
          facilities: [
            { type: "factory", city: "İzmir", name: null },
            { type: "office", city: null, name: null },
          ],
        }),
        confidence: 0.7,
        reportedOn: "2023-11-20",
      },
    ]);
    expect(combined.announcedOn).toBe("2021-03");
    expect(combined.status).toBe("completed");
    expect(combined.facilities.map((f) => f.type)).toEqual(["factory", "office"]);
  });
});
