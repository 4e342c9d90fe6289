import { describe, expect, it } from "vitest";
import { parseRecordId, recordIdArg, recordIdSchema } from "./record-id";

describe("recordIdSchema", () => {
  it("reads ids from a URL, a form field and JSON", () => {
    expect(parseRecordId("42")).toBe(42);
    expect(parseRecordId(42)).toBe(42);
    expect(parseRecordId(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses anything that is not a plain positive whole number, with one message", () => {
    for (const bad of [
      "",
      "abc",
      "0",
      "-1",
      "1e3",
      "1.5",
      " 42",
      "042",
      "99999999999999999999",
      0,
      -3,
      1.5,
      2 ** 60,
      null,
      undefined,
      {},
    ]) {
      expect(parseRecordId(bad), String(bad)).toBeNull();
    }
    const result = recordIdSchema.safeParse("abc");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("an id is a whole number from 1");
  });

  it("takes only numbers as a bound action argument", () => {
    expect(recordIdArg.safeParse(12).success).toBe(true);
    expect(recordIdArg.safeParse("12").success).toBe(false);
  });
});
