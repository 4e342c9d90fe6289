import { describe, expect, it } from "vitest";
import { searchTextOf } from "./search-index";

describe("searchTextOf", () => {
  it("is the text itself for a deal with one source", () => {
    expect(searchTextOf(["One.\n\nTwo."])).toBe("One.\n\nTwo.");
    expect(searchTextOf([])).toBe("");
  });

  it("keeps each distinct paragraph of several sources once, in order", () => {
    const wire = "Brennvik will invest $1.2 billion in Debrecen.";
    const a = `Brennvik to build plant\n\n${wire}\n\nProduction starts in 2026.`;
    const b = `Item 2\n\n  ${wire}\n\n\nProduction starts in 2026.\n\nThe mayor welcomed it.`;
    expect(searchTextOf([a, b])).toBe(
      `Brennvik to build plant\n\n${wire}\n\nProduction starts in 2026.\n\nItem 2\n\nThe mayor welcomed it.`,
    );
  });

  it("grows with what is new, not with the number of sources", () => {
    const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the wire story.`).join("\n\n");
    const sources = Array.from({ length: 16 }, (_, i) => `Copy ${i}\n\n${body}`);
    expect(searchTextOf(sources).length).toBeLessThan(body.length + 16 * 10);
  });
});
