import { describe, expect, it } from "vitest";
import { countryName, formatAmount, formatExactAmount, formatPartialDate } from "./format";

describe("format", () => {
  it("names countries the short way analysts read them", () => {
    expect(countryName("TR")).toBe("Türkiye");
    expect(countryName("CN")).toBe("China");
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("XX")).toBe("XX");
    expect(countryName(null)).toBe("—");
  });

  it("shows amounts compact with their currency, and exactly on request", () => {
    expect(formatAmount(2_000_000_000, "USD")).toBe("USD 2B");
    expect(formatAmount(450_000_000, "EUR")).toBe("EUR 450M");
    expect(formatAmount(null, null)).toBe("—");
    expect(formatExactAmount(1_400_000_000, "USD")).toBe("1,400,000,000 USD");
  });

  it("shows a partial date at its own precision", () => {
    expect(formatPartialDate("2023")).toBe("2023");
    expect(formatPartialDate("2023-09")).toBe("Sep 2023");
    expect(formatPartialDate("2023-09-08")).toBe("8 Sep 2023");
    expect(formatPartialDate(null)).toBe("—");
  });
});
