import { describe, expect, it } from "vitest";
import { JOINT_RE, SUPPLY_RE } from "./lexicon/context-words";
import { LowerTest } from "./lower-test";

describe("LowerTest", () => {
  it("answers as the case-insensitive regex does, also where lower-casing changes the length", () => {
    const texts = [
      "Die Partner wollen GEMEINSAM 420 Millionen Euro investieren.",
      "BMW and Daimler will Jointly build the plant.",
      "İSTANBUL – Şirket ortaklaşa yatırım yapacak.", // "İ" lower-cases to two code units
      "Siemens won an ORDER to supply turbines.",
      "No cue here at all.",
    ];
    for (const re of [JOINT_RE, SUPPLY_RE, /read the full story|©/i, /\b(?:will|plans?)\b/iu]) {
      const fast = new LowerTest(re);
      for (const t of texts) expect(fast.test(t), `${re.source.slice(0, 30)} on ${t}`).toBe(re.test(t));
    }
  });

  it("refuses regexes it cannot run on lower-cased text", () => {
    expect(() => new LowerTest(/Werk/i)).toThrow(/lower case/);
    expect(() => new LowerTest(/\p{Lu}\w+/iu)).toThrow(/lower case/);
    expect(() => new LowerTest(/plant/giu)).toThrow(/non-global/);
    expect(() => new LowerTest(/plant/u)).toThrow(/i regex/);
  });
});
