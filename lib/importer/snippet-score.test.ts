import { describe, expect, it } from "vitest";
import { pageAnnotationsSchema, scoreSnippets } from "./snippet-score";

describe("scoreSnippets", () => {
  const annotation = {
    with: ["Acme builds a plant", "in  Lyon for\n200 jobs", "Work starts in May."],
    without: ["Subscribe to our newsletter", "Accept cookies", "Related stories"],
  };

  it("counts furniture kept and article lost, matching across squashed whitespace", () => {
    const kept = "Acme builds a plant in Lyon for\u00a0200 jobs.\n\nRelated stories\nAccept cookies";
    expect(scoreSnippets(kept, annotation)).toEqual({
      clutterKept: ["Accept cookies", "Related stories"],
      articleLost: ["Work starts in May."],
      withTotal: 3,
      withoutTotal: 3,
    });
  });

  it("keeps case: a furniture word inside a sentence in lower case is not clutter", () => {
    const kept =
      "Acme builds a plant in Lyon for 200 jobs. Work starts in May. Readers may subscribe to our newsletter.";
    const score = scoreSnippets(kept, annotation);
    expect(score.clutterKept).toEqual([]);
    expect(score.articleLost).toEqual([]);
  });
});

describe("pageAnnotationsSchema", () => {
  it("says what is wrong with a bad annotation file", () => {
    const bad = pageAnnotationsSchema.safeParse([{ file: "../x.html", with: "a", without: [] }]);
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    expect(messages).toContain("0.file: file must be the name of an .html file in the same folder");
    expect(messages).toContain("0.with");
    expect(pageAnnotationsSchema.safeParse([]).error?.issues[0].message).toBe("annotations.json lists no page");
  });
});
