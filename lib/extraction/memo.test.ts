import { describe, expect, it } from "vitest";
import { memoize } from "./memo";

describe("memoize", () => {
  it("computes a key once, null and false results included, and starts over past its limit", () => {
    const calls: string[] = [];
    const f = memoize((k: string) => {
      calls.push(k);
      return k === "n" ? null : k === "f" ? false : k.length;
    }, 3);
    expect([f("ab"), f("ab"), f("n"), f("n"), f("f"), f("f")]).toEqual([2, 2, null, null, false, false]);
    expect(calls).toEqual(["ab", "n", "f"]);
    f("xyz"); // the fourth key empties the cache first
    f("ab");
    expect(calls).toEqual(["ab", "n", "f", "xyz", "ab"]);
  });
});
