import { describe, expect, it } from "vitest";
import { rejoinWrappedLines } from "./rejoin-lines";

describe("rejoinWrappedLines", () => {
  it("joins the lines of a wrapped paragraph into one", () => {
    const wrapped =
      "Orvane Steel said on Monday it will invest $900\nmillion in a new mill in Monterrey, Mexico, to\nsupply carmakers.";
    expect(rejoinWrappedLines(wrapped)).toBe(
      "Orvane Steel said on Monday it will invest $900 million in a new mill in Monterrey, Mexico, to supply carmakers.",
    );
  });

  it("joins a word hyphenated at the margin, but keeps the hyphen of a compound", () => {
    expect(rejoinWrappedLines("Die Investi-\ntionen fließen nach Baden-\nWürttemberg.")).toBe(
      "Die Investitionen fließen nach Baden-Württemberg.",
    );
  });

  it("keeps paragraphs, list items and a short line that ends a sentence", () => {
    const text =
      "Headline of the story.\nThe company said it would build the factory near the port city and\nhire 500 people.\n\n• first point\n• second point";
    expect(rejoinWrappedLines(text)).toBe(
      "Headline of the story.\nThe company said it would build the factory near the port city and hire 500 people.\n\n• first point\n• second point",
    );
  });
});
