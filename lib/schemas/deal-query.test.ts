import { describe, expect, it } from "vitest";
import { describeQuery } from "../deals/describe-query";
import { hrefWith, toggled } from "../deals/query-url";
import { paramsOf, parseDealQuery, parseDealQueryOrThrow } from "./deal-query";

const parse = (search: string, strict = false) => parseDealQuery(paramsOf(new URLSearchParams(search)), { strict });

describe("dealQuerySchema", () => {
  it("fills in defaults for an empty query", () => {
    const r = parse("");
    expect(r.ok && r.query).toEqual({
      q: undefined,
      targetCountry: [],
      investor: [],
      investorCountry: [],
      status: [],
      kind: [],
      facility: [],
      review: [],
      amountMin: undefined,
      amountMax: undefined,
      amountUsdMin: undefined,
      amountUsdMax: undefined,
      from: undefined,
      to: undefined,
      sort: "-announcedOn",
      page: 1,
      displayCurrency: "USD",
      pageSize: 50,
    });
  });

  it("reads repeated parameters as lists and normalizes country codes", () => {
    const q = parseDealQueryOrThrow(
      paramsOf(
        new URLSearchParams(
          "targetCountry=tr&targetCountry=DE&status=announced&amountMin=1e6&page=3&pageSize=100&sort=-amount",
        ),
      ),
    );
    expect(q).toMatchObject({
      targetCountry: ["TR", "DE"],
      status: ["announced"],
      amountMin: 1_000_000,
      page: 3,
      pageSize: 100,
      sort: "-amount",
    });
  });

  it("treats empty values as absent, as a submitted form sends them", () => {
    const r = parse("q=&amountMin=&from=&targetCountry=");
    expect(r.ok && r.query).toMatchObject({ q: undefined, amountMin: undefined, from: undefined, targetCountry: [] });
  });

  it.each([
    ["status=maybe", "status"],
    ["targetCountry=Turkey", "targetCountry"],
    ["amountMin=lots", "amountMin"],
    ["amountMin=-5", "amountMin"],
    ["from=2020-13", "from"],
    ["sort=price", "sort"],
    ["page=0", "page"],
    ["pageSize=7", "pageSize"],
    ["amountMin=10&amountMax=5", "amountMax"],
    ["amountUsdMin=10&amountUsdMax=5", "amountUsdMax"],
    ["displayCurrency=GBP", "displayCurrency"],
    ["confidenceMin=0", "confidenceMin"],
    ["confidenceMin=101", "confidenceMin"],
    ["confidenceMin=0.5", "confidenceMin"],
    ["from=2022&to=2021", "to"],
  ])("refuses %s naming the parameter %s", (search, name) => {
    const r = parse(search);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid_input");
    expect(r.error.message).toContain(`"${name}"`);
    expect(Object.keys(r.error.fieldErrors ?? {})).toContain(name);
  });

  it("refuses unknown parameters only when strict", () => {
    expect(parse("contry=TR").ok).toBe(true);
    const r = parse("contry=TR", true);
    expect(!r.ok && r.error.message).toContain('"contry"');
  });
});

describe("describeQuery", () => {
  it("says the filter in plain language", () => {
    const q = parseDealQueryOrThrow({ targetCountry: "TR", from: "2020", status: "announced", sort: "-amountUsd" });
    expect(describeQuery(q, 142)).toBe("142 deals into Türkiye since 2020, announced, largest first");
  });

  it("says the least confidence asked for", () => {
    const q = parseDealQueryOrThrow({ confidenceMin: "60" });
    expect(describeQuery(q, 12)).toContain("extracted with 60 % confidence or more");
  });

  it("says which currency an amount range is in", () => {
    const q = parseDealQueryOrThrow({ amountUsdMin: "1e9", sort: "amount" });
    expect(describeQuery(q, 3)).toBe("3 deals, amount at least US$1B, smallest in its own currency first");
  });

  it("joins several values with or and mentions search and facilities", () => {
    const q = parseDealQueryOrThrow({
      targetCountry: ["DE", "PL"],
      q: "battery",
      facility: "data_center",
      sort: "investor",
    });
    expect(describeQuery(q, 1)).toBe(
      "1 deal into Germany or Poland, matching “battery”, with a data center, by investor A–Z",
    );
  });
});

describe("query links", () => {
  it("leaves out defaults and goes back to page 1 when the filter changes", () => {
    const q = parseDealQueryOrThrow({ targetCountry: "TR", page: "4" });
    expect(hrefWith("/deals", q, { page: 5 })).toBe("/deals?targetCountry=TR&page=5");
    expect(hrefWith("/deals", q, toggled(q, "status", "announced"))).toBe("/deals?targetCountry=TR&status=announced");
    expect(hrefWith("/deals", q, toggled(q, "targetCountry", "TR"))).toBe("/deals");
  });
});
