import { describe, expect, it } from "vitest";
import { isFormData, selectionArgs } from "./action-args";
import { recordIdArg } from "./record-id";

describe("server action arguments", () => {
  it("takes only what the pages bind", () => {
    expect(recordIdArg.safeParse(12).success).toBe(true);
    for (const bad of ["12", -1, 1.5, 1e20, null, { id: 1 }])
      expect(recordIdArg.safeParse(bad).success, String(bad)).toBe(false);
    expect(selectionArgs.safeParse(["investor", "Siemens AG", "de", "2024-05", ""]).success).toBe(true);
    expect(selectionArgs.safeParse(["investor", { length: 1 }, null, null, ""]).success).toBe(false);
    expect(isFormData(new FormData())).toBe(true);
    expect(isFormData({ get: () => "x" })).toBe(false);
  });
});
