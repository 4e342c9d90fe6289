import { describe, expect, it } from "vitest";
import { acquireExportSlot, EXPORTS_PER_ADDRESS } from "./export-slots";

describe("export slots", () => {
  it("lets one address run two exports at once, refuses a third with 429, and frees a slot when one ends", () => {
    const releases = Array.from({ length: EXPORTS_PER_ADDRESS }, () => acquireExportSlot("192.0.2.10"));
    expect(() => acquireExportSlot("192.0.2.10")).toThrow(expect.objectContaining({ code: "too_many" }));
    // another address is not affected
    const other = acquireExportSlot("192.0.2.11");
    releases[0]();
    releases[0]();
    const again = acquireExportSlot("192.0.2.10");
    expect(() => acquireExportSlot("192.0.2.10")).toThrow("exports running");
    [again, releases[1], other].forEach((r) => r());
  });
});
