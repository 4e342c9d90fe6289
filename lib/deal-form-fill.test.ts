import { describe, expect, it } from "vitest";
import { fillFromSelection } from "./deal-form-fill";

describe("fillFromSelection", () => {
  it("reads an amount with its currency and keeps the words as written", () => {
    expect(fillFromSelection("amount", "$450 million", "en", null, "")).toEqual({
      amount: "450000000",
      amountText: "$450 million",
      currency: "USD",
    });
    expect(fillFromSelection("amount", "1,4 Milliarden Euro", "de", null, "")).toMatchObject({
      amount: "1400000000",
      currency: "EUR",
    });
  });

  it("reads country names in several languages", () => {
    expect(fillFromSelection("targetCountry", "Poland", "en", null, "")).toEqual({ targetCountry: "PL" });
    expect(fillFromSelection("targetCountry", " Türkei ", "de", null, "")).toEqual({ targetCountry: "TR" });
  });

  it("adds a partner on a new line and keeps unreadable words as they are", () => {
    expect(fillFromSelection("partners", "Acme", "en", null, "Beta")).toEqual({ partners: "Beta\nAcme" });
    expect(fillFromSelection("investor", "  Norvik\n Ltd ", "en", null, "")).toEqual({ investor: "Norvik Ltd" });
    expect(fillFromSelection("stakePercent", "51 %", "en", null, "")).toEqual({ stakePercent: "51" });
  });
});
