import { describe, expect, it } from "vitest";
import { acquireExportSlot, EXPORTS_PER_ADDRESS } from "./export-slots";

describe("export slots", () => {
  it("lets one address run two exports at once, refuses a third with 429, and frees a slot when one ends", async () => {
    const releases = [];
    for (let i = 0; i < EXPORTS_PER_ADDRESS; i++) releases.push(await acquireExportSlot("192.0.2.10"));
    await expect(acquireExportSlot("192.0.2.10")).rejects.toThrow(expect.objectContaining({ code: "too_many" }));
    // another address is not affected
    const other = await acquireExportSlot("192.0.2.11");
    releases[0]();
    releases[0]();
    const again = await acquireExportSlot("192.0.2.10");
    await expect(acquireExportSlot("192.0.2.10")).rejects.toThrow("exports running");
    [again, releases[1], other].forEach((r) => r());
  });
});
