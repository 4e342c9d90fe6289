import { describe, expect, it } from "vitest";
import { backToListHref, listParam, listQueryOf } from "./back-to-list";

describe("backToListHref", () => {
  it("returns to the filtered, sorted page the deal was opened from", () => {
    expect(backToListHref("targetCountry=TR&sort=-amountUsd&page=2")).toBe(
      "/deals?targetCountry=TR&sort=-amountUsd&page=2",
    );
  });

  it("falls back to the plain list for nothing, an invalid view or another address", () => {
    expect(backToListHref(undefined)).toBe("/deals");
    expect(backToListHref("status=maybe")).toBe("/deals");
    expect(backToListHref("https://evil.example/")).toBe("/deals");
  });
});

describe("listQueryOf and listParam", () => {
  it("pass a checked list on to the next page, and nothing for an invalid one", () => {
    expect(listQueryOf("targetCountry=tr")).toBe("targetCountry=TR");
    expect(listParam(listQueryOf("targetCountry=tr"), "&")).toBe("&list=targetCountry%3DTR");
    expect(listParam(listQueryOf("page=0"))).toBe("");
  });
});
