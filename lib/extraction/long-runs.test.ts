import { describe, expect, it } from "vitest";
import { blankLongRuns } from "./long-runs";

const byRegex = (t: string) => t.replace(/\S{80,}/g, (m) => " ".repeat(m.length));

describe("blankLongRuns", () => {
  it("blanks the same runs as the regex it replaces, keeping every offset", () => {
    const url = "https://example.com/" + "a".repeat(90);
    const texts = [
      "",
      "short words only",
      url,
      `Siemens invests.\n${url}\tnext line ${"x".repeat(79)} ${"y".repeat(80)}`,
      `nbsp\u00a0${"z".repeat(85)}\u3000tail\ufeff${"é".repeat(120)}`,
      `${"q".repeat(200)}`,
      `emoji ${"😀".repeat(50)} end`, // 100 code units without a space
    ];
    for (const t of texts) {
      expect(blankLongRuns(t)).toBe(byRegex(t));
      expect(blankLongRuns(t).length).toBe(t.length);
    }
  });
});
