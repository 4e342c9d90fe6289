import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "../form-state";
import { EMPTY_DEAL_FORM, dealFormSchema } from "./deal-form";

describe("dealFormSchema", () => {
  it("reports every bad field of one save at once", () => {
    const result = dealFormSchema.safeParse({
      ...EMPTY_DEAL_FORM,
      investor: "Acme",
      targetCountry: "TR",
      amount: "abc",
      currency: "USD",
      announcedOn: "2024-13-45",
      stakePercent: "lots",
    });
    expect(result.success).toBe(false);
    const errors = zodFieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["amount", "announcedOn", "stakePercent"]);
    expect(errors.amount).toEqual(["write the amount as a number, e.g. 450000000"]);
  });

  it("reads numbers as people write them", () => {
    const result = dealFormSchema.safeParse({
      ...EMPTY_DEAL_FORM,
      investor: "Acme",
      targetCountry: "TR",
      amount: "1.500.000,5",
      currency: "eur",
    });
    expect(result.success && result.data).toMatchObject({ amount: 1500000.5, currency: "EUR", stakePercent: null });
  });
});
