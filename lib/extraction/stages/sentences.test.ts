import { describe, expect, it } from "vitest";
import { articleSentences } from "./sentences";

const texts = (text: string, lang = "en") => articleSentences(text, lang).map((s) => s.text);

describe("sentences stage", () => {
  it("a semicolon inside brackets splits no clause", () => {
    expect(
      texts(
        "Le groupe lyonnais Brevalor (2 000 salariés ; 400 M€ de CA) a choisi la zone de Saint-Priest pour son usine.",
        "fr",
      ),
    ).toEqual([
      "Le groupe lyonnais Brevalor (2 000 salariés ; 400 M€ de CA) a choisi la zone de Saint-Priest pour son usine.",
    ]);
  });
  it("a headline without a full stop is a sentence of its own, marked as headline", () => {
    const s = articleSentences(
      "BMW to build plant in Hungary\nBMW will invest €1 billion in Debrecen. It opens in 2025.",
      "en",
    );
    expect(s.map((x) => [x.text, x.headline, x.para])).toEqual([
      ["BMW to build plant in Hungary", true, 0],
      ["BMW will invest €1 billion in Debrecen.", false, 1],
      ["It opens in 2025.", false, 1],
    ]);
  });
  it("each item of a bullet list is a sentence of its own, with or without a full stop", () => {
    expect(
      texts(
        "Recent projects:\n• Siemens: a factory in Poland\n• Bosch will invest €100 million in Romania.\n- ABB opens a site in Spain",
      ),
    ).toEqual([
      "Recent projects:",
      "• Siemens: a factory in Poland",
      "• Bosch will invest €100 million in Romania.",
      "- ABB opens a site in Spain",
    ]);
  });
  it("a one-paragraph text is split at its full stops, all in paragraph 0, numbered in order", () => {
    const s = articleSentences(
      "Toyota will invest $500 million in Kentucky. The plant will employ 1,000 people. It opens in 2026.",
      "en",
    );
    expect(s.map((x) => [x.index, x.para, x.text])).toEqual([
      [0, 0, "Toyota will invest $500 million in Kentucky."],
      [1, 0, "The plant will employ 1,000 people."],
      [2, 0, "It opens in 2026."],
    ]);
  });
  it("a clause with a subject of its own becomes a sentence of its own, offsets still pointing into the text", () => {
    const text =
      "Toyota will invest $500 million in a new plant in Kentucky, and Honda opened a second factory in Ohio last year with 500 jobs.";
    const s = articleSentences(text, "en");
    expect(s.map((x) => x.text)).toEqual([
      "Toyota will invest $500 million in a new plant in Kentucky",
      "and Honda opened a second factory in Ohio last year with 500 jobs.",
    ]);
    for (const x of s) expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });
  it("teasers, 'read more' blocks and copyright lines are dropped", () => {
    expect(texts("Siemens invests in Poland\nRead more: Bosch builds plant in Spain\n© 2024 Reuters")).toEqual([
      "Siemens invests in Poland",
    ]);
  });
});
