import { describe, expect, it } from "vitest";
import { segmentText } from "./highlight";

describe("segmentText", () => {
  it("splits at span edges and lists the spans covering each piece", () => {
    const text = "Alibaba will invest two billion dollars.";
    const segs = segmentText(text, [
      { start: 0, end: 7, key: "investor" },
      { start: 20, end: 39, key: "amount" },
      { start: 0, end: 40, key: "status" },
    ]);
    expect(segs.map((s) => [s.text, s.keys])).toEqual([
      ["Alibaba", ["investor", "status"]],
      [" will invest ", ["status"]],
      ["two billion dollars", ["amount", "status"]],
      [".", ["status"]],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });

  it("ignores spans outside the text", () => {
    expect(segmentText("abc", [{ start: 2, end: 9, key: "x" }])).toEqual([{ text: "abc", start: 0, keys: [] }]);
  });
});
