import { describe, expect, it } from "vitest";
import { adjectiveCountry, adjectiveCountryRaw, lookupPlace, lookupPlaceRaw } from "./countries";
import { loadCorpus } from "./corpus/corpus";

describe("country lookups with their pre-check", () => {
  it("answer as the lookups without it on every word and word pair of the corpus", () => {
    const words = new Set<string>([
      "Nordostchinesische",
      "Südkoreaner",
      "US",
      "UK",
      "Ost-Deutsche",
      "St. Pölten",
      "São Paulo",
      "İzmir",
      "Ostafrikanische",
      "Sudamericano",
      "Westafrikas",
      "Amerikalı",
      "Centralasian",
    ]);
    for (const a of loadCorpus()) {
      const toks = a.text.match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
      toks.forEach((t, i) => {
        words.add(t);
        if (i + 1 < toks.length) words.add(`${t} ${toks[i + 1]}`);
      });
    }
    expect(words.size).toBeGreaterThan(1000);
    let found = 0;
    const differ: string[] = [];
    for (const w of words) {
      const adj = adjectiveCountryRaw(w),
        place = lookupPlaceRaw(w);
      if (adjectiveCountry(w) !== adj || JSON.stringify(lookupPlace(w)) !== JSON.stringify(place)) differ.push(w);
      if (adj || place) found++;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });
});
