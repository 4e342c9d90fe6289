import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-path";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeNextPath("/deals?targetCountry=TR&page=2")).toBe("/deals?targetCountry=TR&page=2");
    expect(safeNextPath("/review")).toBe("/review");
  });

  it("refuses anything a browser would take to another host", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\\/evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/\t/evil.example",
      "",
      " /deals",
    ]) {
      expect(safeNextPath(bad), bad).toBeNull();
    }
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(42)).toBeNull();
  });
});

describe("the forms' next field", () => {
  it("drops a next that would leave the site, in the login and the deal buttons alike", async () => {
    const { loginSchema } = await import("../schemas/user");
    const { dealActionSchema } = await import("../schemas/deal-action");
    expect(loginSchema.parse({ email: "a@b.org", password: "x", next: "/\\evil.example" }).next).toBeUndefined();
    expect(dealActionSchema.parse({ dealId: "3", next: "/\\evil.example" }).next).toBeUndefined();
    expect(dealActionSchema.parse({ dealId: "3", next: "/review?skip=1" }).next).toBe("/review?skip=1");
  });
});

describe("a form without a next field", () => {
  it("parses, with no next", async () => {
    const { loginSchema } = await import("../schemas/user");
    const { dealActionSchema } = await import("../schemas/deal-action");
    expect(dealActionSchema.parse({ dealId: "3" })).toEqual({ dealId: 3 });
    expect(loginSchema.parse({ email: "a@b.org", password: "x" }).next).toBeUndefined();
  });
});
