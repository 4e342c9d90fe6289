import { describe, expect, it } from "vitest";
import { contentHash, guessTitle, normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("unifies line ends, spaces and blank lines", () => {
    expect(normalizeText("  Titel \r\n\r\n\r\n\r\nErster\u00a0 Absatz.\t\nZweite Zeile  \n\n\n")).toBe(
      "Titel\n\nErster Absatz.\nZweite Zeile",
    );
  });

  it("composes decomposed umlauts (NFC)", () => {
    expect(normalizeText("Ko\u0308ln")).toBe("Köln");
  });
});

describe("contentHash", () => {
  it("is the same for the same text however it was spaced, and differs otherwise", () => {
    const a = contentHash(normalizeText("Alibaba investiert.\r\n\r\nMehr."));
    const b = contentHash(normalizeText("Alibaba investiert.  \n\n\n\nMehr.\n"));
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash("Alibaba investiert.")).not.toBe(a);
  });
});

describe("guessTitle", () => {
  it("takes the first line when it reads like a headline", () => {
    expect(guessTitle("\nTesla baut in Grünheide\nText")).toBe("Tesla baut in Grünheide");
    expect(guessTitle("")).toBeNull();
  });

  it("skips a section label or a date line above the headline", () => {
    expect(guessTitle("Wirtschaft\n\nAlibaba und Mail.ru gründen Joint Venture\n\nText")).toBe(
      "Alibaba und Mail.ru gründen Joint Venture",
    );
    expect(guessTitle("Wirtschaft")).toBe("Wirtschaft");
    expect(guessTitle("date 2024-11-15\n\nErdogan invites Musk to build in Turkey\n\nText")).toBe(
      "Erdogan invites Musk to build in Turkey",
    );
    expect(guessTitle("Veröffentlicht: 12.03.2024\nBMW baut Werk in Ungarn")).toBe("BMW baut Werk in Ungarn");
  });

  it("takes the first sentence of a long opening paragraph, cut at a word when still long", () => {
    const opening =
      "Der E-Commerce-Riese Alibaba will zwei Milliarden Dollar in Türkiye investieren. Das gab der Präsident des Online-Händlers am Freitag bekannt, wie der Konzern mitteilte.";
    expect(guessTitle(opening)).toBe(
      "Der E-Commerce-Riese Alibaba will zwei Milliarden Dollar in Türkiye investieren.",
    );
    const long = `${"word ".repeat(60)}end.`;
    const title = guessTitle(long) ?? "";
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title).toMatch(/word…$/);
  });
});
