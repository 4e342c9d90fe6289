import { describe, expect, it } from "vitest";
import { fieldLabel, formatFieldValue } from "./field-labels";

describe("field labels and values", () => {
  it("names fields and shows values as people read them", () => {
    expect(fieldLabel("targetCountry")).toBe("Target country");
    expect(formatFieldValue("targetCountry", "TR")).toBe("Türkiye");
    expect(formatFieldValue("amount", 475000000)).toBe("475,000,000");
    expect(formatFieldValue("kind", "joint_venture")).toBe("joint venture");
    expect(formatFieldValue("announcedOn", "2024-05")).toBe("May 2024");
    expect(formatFieldValue("facilities", [{ type: "data_center", city: "Izmir", name: null }])).toBe(
      "data center in Izmir",
    );
    expect(formatFieldValue("via", null)).toBe("—");
  });
});
