import { describe, expect, it } from "vitest";
import { lookupPlace, lookupTown } from "../countries";
import { fold } from "../normalize";
import { KNOWN_ORGS } from "./known-orgs";
import { LISTED_COMPANIES, LISTED_COMPANY_NAMES } from "./listed-companies";

describe("listed companies", () => {
  it("files each name once, under an ISO country code, and none twice among the known names", () => {
    expect(Object.keys(LISTED_COMPANIES).every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    // (spellings that differ in accents or case are kept on purpose: names are matched as written)
    expect(new Set(LISTED_COMPANY_NAMES).size).toBe(LISTED_COMPANY_NAMES.length);
    const hand = new Set(KNOWN_ORGS.slice(0, KNOWN_ORGS.length - LISTED_COMPANY_NAMES.length).map((n) => fold(n)));
    expect(LISTED_COMPANY_NAMES.filter((n) => hand.has(fold(n)))).toEqual([]);
    expect(LISTED_COMPANY_NAMES.length).toBeGreaterThan(1500);
  });

  it("holds no one-word name that is a country or a town (a firm named like its town stays out)", () => {
    // Andritz and DEWA are far better known as firms than as a district of Graz or a village
    const towns = LISTED_COMPANY_NAMES.filter(
      (n) => !n.includes(" ") && (lookupPlace(n) !== null || lookupTown(n) !== null),
    );
    expect(towns.sort()).toEqual(["Andritz", "DEWA"]);
  });
});
