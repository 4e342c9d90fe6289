import { describe, expect, it } from "vitest";
import { extractedDeal } from "../test/deal-factory";
import { diffSnapshots, type DealSnapshot } from "./revision-snapshot";

const snap = (over: Partial<DealSnapshot> = {}): DealSnapshot => ({
  ...extractedDeal().content,
  reviewState: "unreviewed",
  deleted: false,
  ...over,
});

describe("diffSnapshots", () => {
  it("lists every field of a new deal as from null", () => {
    const d = diffSnapshots(null, snap());
    expect(d.investor).toEqual({ from: null, to: "Testco" });
    expect(d.via).toBeUndefined();
  });

  it("lists only the fields that changed, lists and objects compared by value", () => {
    const before = snap();
    const after = snap({
      amount: 2e8,
      facilities: [
        { type: "factory", city: "Poznan", name: null },
        { type: "office", city: null, name: null },
      ],
      reviewState: "verified",
    });
    expect(diffSnapshots(before, after)).toEqual({
      amount: { from: 1e8, to: 2e8 },
      facilities: { from: before.facilities, to: after.facilities },
      reviewState: { from: "unreviewed", to: "verified" },
    });
    expect(diffSnapshots(before, snap())).toEqual({});
  });

  it("treats a missing value and null as the same", () => {
    expect(diffSnapshots({ via: undefined } as Partial<DealSnapshot>, snap({ via: null })).via).toBeUndefined();
  });
});
