import { describe, expect, it } from "vitest";
import { SubstringMatcher } from "./substrings";

describe("SubstringMatcher", () => {
  it("finds the same words as String.includes, overlapping and nested ones too", () => {
    const words = ["he", "she", "his", "hers", "siemens", "siemens energy", "energy", "é", "ab", "bab", "abab", "x"];
    const m = new SubstringMatcher(words);
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ["a", "b", "h", "e", "s", "i", "r", " ", "é", "siemens", "energy", "x"];
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: rand(12) }, () => alphabet[rand(alphabet.length)]).join("");
      const found = new Set<string>();
      m.some(text, (w) => {
        found.add(w);
        return false;
      });
      expect([...found].sort()).toEqual(words.filter((w) => text.includes(w)).sort());
    }
  });

  it("stops at the first word the predicate accepts; the empty word is in every text", () => {
    const m = new SubstringMatcher(["acme", "acme corp", "corp"]);
    expect(m.some("the acme corp plant", (w) => w === "corp")).toBe(true);
    expect(m.some("the acme plant", (w) => w === "corp")).toBe(false);
    expect(new SubstringMatcher([""]).some("anything", () => true)).toBe(true);
    expect(new SubstringMatcher([]).some("anything", () => true)).toBe(false);
  });
});
