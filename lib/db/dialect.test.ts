import { describe, expect, it } from "vitest";
import { foldForSearch, toPostgresSql, tsQueryOf } from "./dialect";

describe("toPostgresSql", () => {
  it("quotes Prisma's camelCase names and leaves keywords, lower-case names and parameters alone", () => {
    expect(
      toPostgresSql(
        "SELECT d.id, d.investorCountry AS key, count(d.amountUsd) AS withAmount FROM Deal d WHERE d.deletedAt IS NULL AND d.status IN ($1, $2) ORDER BY d.amountUsd DESC NULLS LAST",
      ),
    ).toBe(
      `SELECT d.id, d."investorCountry" AS key, count(d."amountUsd") AS "withAmount" FROM "Deal" d WHERE d."deletedAt" IS NULL AND d.status IN ($1, $2) ORDER BY d."amountUsd" DESC NULLS LAST`,
    );
  });

  it("leaves strings and quoted names as they are", () => {
    expect(toPostgresSql(`SELECT 'Deal dealId' AS "someName", 'it''s Deal' FROM "Session"`)).toBe(
      `SELECT 'Deal dealId' AS "someName", 'it''s Deal' FROM "Session"`,
    );
  });

  it("drops SQLite's unary plus that keeps the planner off an index", () => {
    expect(toPostgresSql("WHERE +d.deletedAt IS NULL AND +d.amount >= $1 AND 1 + 2 = 3")).toBe(
      `WHERE d."deletedAt" IS NULL AND d.amount >= $1 AND 1 + 2 = 3`,
    );
  });

  it("turns json_group_array(json_object(…)) into a JSON text that is [] over no rows", () => {
    expect(
      toPostgresSql(
        "(SELECT json_group_array(json_object('type', f.type, 'city', f.city)) FROM (SELECT type, city FROM Facility WHERE dealId = d.id ORDER BY position) f) AS facilities",
      ),
    ).toBe(
      `(SELECT coalesce(json_agg(json_build_object('type', f.type, 'city', f.city))::text, '[]') FROM (SELECT type, city FROM "Facility" WHERE "dealId" = d.id ORDER BY position) f) AS facilities`,
    );
  });
});

describe("tsQueryOf", () => {
  it("ANDs the words, matches the last as a prefix, and folds case and accents as FTS5 does", () => {
    expect(tsQueryOf("São Paulo gigafac")).toBe("'sao' & 'paulo' & 'gigafac':*");
    expect(foldForSearch("Türkiye ÇELİK")).toBe("turkiye celik");
  });

  it("keeps only letters and digits, so no input is a syntax error", () => {
    expect(tsQueryOf(`a' | !b & "c":*`)).toBe("'a' & 'b' & 'c':*");
    expect(tsQueryOf(" -- ")).toBeNull();
  });
});
