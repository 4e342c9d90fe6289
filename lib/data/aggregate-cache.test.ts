import { describe, expect, it } from "vitest";
import { seedDeals } from "../test/deal-factory";
import { freshAggregate } from "./aggregate-cache";

const later = <T>(ms: number, value: T) => () => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("freshAggregate", () => {
  it("waits for a quick recomputation after a change: small figures are never stale", async () => {
    const filter = { targetCountry: ["PL"] } as never;
    expect(await freshAggregate("quick", filter, later(5, 1))).toEqual({ value: 1, isStale: false });
    expect(await freshAggregate("quick", filter, later(5, 99))).toEqual({ value: 1, isStale: false });
    await seedDeals([{ investor: "Quickco", targetCountry: "PL" }]);
    expect(await freshAggregate("quick", filter, later(5, 2))).toEqual({ value: 2, isStale: false });
  });

  it("answers a slow aggregate's last figures at once after a change, marked stale, and the new ones once ready", async () => {
    const filter = { targetCountry: ["CZ"] } as never;
    expect(await freshAggregate("slow", filter, later(400, "before"))).toEqual({ value: "before", isStale: false });
    await seedDeals([{ investor: "Slowco", targetCountry: "CZ" }]);
    expect(await freshAggregate("slow", filter, later(400, "after"))).toEqual({ value: "before", isStale: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(await freshAggregate("slow", filter, later(400, "unused"))).toEqual({ value: "after", isStale: false });
  });
});
