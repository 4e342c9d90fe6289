import { describe, expect, it } from "vitest";
import { extractDeals } from "../extraction";
import { scoreMatch, type MatchRecord } from "./match-score";

const record = (over: Partial<MatchRecord> = {}): MatchRecord => ({
  investor: "Tesla",
  via: null,
  investorCountry: "US",
  targetCountry: "TR",
  amount: null,
  currency: null,
  announcedOn: "2024-05",
  status: "announced",
  kind: "greenfield",
  facilities: [{ type: "factory", city: null }],
  ...over,
});

const EN =
  "Tesla to build $2 billion gigafactory near Izmir\n\nTesla Inc. will invest $2 billion in a new gigafactory near Izmir, Turkey, the carmaker said on Tuesday.";
const DE =
  "Tesla baut Fabrik in der Türkei\n\nDer US-Autobauer Tesla will zwei Milliarden Dollar in ein neues Werk bei Izmir investieren. Das teilte das Unternehmen am Mittwoch mit.";

describe("scoreMatch", () => {
  it("finds the same deal reported in English and German with different wording", () => {
    const [en] = extractDeals(EN, { published: "2024-05-14" });
    const [de] = extractDeals(DE, { published: "2024-05-15" });
    expect(en).toMatchObject({ targetCountry: "TR" });
    expect(de).toMatchObject({ targetCountry: "TR" });
    const match = scoreMatch(en, de);
    expect(match.verdict).toBe("same");
    expect(match.reasons.map((r) => r.signal)).toEqual(expect.arrayContaining(["investor", "amount", "date"]));
  });

  it("reads legal suffixes, accents and German spellings of a city as the same", () => {
    const en = record({
      investor: "Tesla Inc.",
      amount: 2e9,
      currency: "USD",
      facilities: [{ type: "factory", city: "Grünheide" }],
    });
    const de = record({
      investor: "TESLA",
      announcedOn: "2024-05-15",
      facilities: [{ type: "factory", city: "Gruenheide" }],
    });
    expect(scoreMatch(en, de)).toMatchObject({ verdict: "same" });
  });

  it("keeps the same investor in different target countries apart", () => {
    const match = scoreMatch(record({ targetCountry: "TR" }), record({ targetCountry: "DE" }));
    expect(match).toMatchObject({ score: 0, verdict: "different" });
    expect(match.reasons[0].text).toMatch(/different target countries/);
  });

  it("keeps two facilities of one investor in one country years apart as two deals", () => {
    const first = record({
      announcedOn: "2016-03",
      facilities: [{ type: "factory", city: "Izmir" }],
      amount: 3e8,
      currency: "USD",
    });
    const later = record({
      announcedOn: "2022-10",
      facilities: [{ type: "data_center", city: "Ankara" }],
      amount: 1e9,
      currency: "USD",
    });
    expect(scoreMatch(first, later).verdict).toBe("different");
  });

  it("joins an announcement and the opening of the same site two years later", () => {
    const announced = record({ announcedOn: "2021-03", facilities: [{ type: "factory", city: "Izmir" }] });
    const opened = record({
      announcedOn: "2023-04",
      status: "completed",
      facilities: [{ type: "factory", city: "İzmir" }],
    });
    expect(scoreMatch(announced, opened).verdict).toBe("same");
  });

  it("keeps two joint ventures of one investor apart when their partners differ", () => {
    const pirelli = record({
      investor: "Public Investment Fund",
      targetCountry: "SA",
      kind: "joint_venture",
      amount: 5.5e8,
      currency: "USD",
      partners: ["Pirelli Tyre"],
    });
    const hyundai = record({
      investor: "Public Investment Fund",
      targetCountry: "SA",
      kind: "joint_venture",
      amount: 5e8,
      currency: "USD",
      partners: ["Hyundai Motor"],
    });
    expect(scoreMatch(pirelli, hyundai).verdict).toBe("different");
    expect(scoreMatch(hyundai, { ...hyundai, partners: ["Hyundai Motor Company"] }).verdict).toBe("same");
  });

  it("leaves reports with nothing but investor and country to an editor", () => {
    const match = scoreMatch(
      record({ announcedOn: null, facilities: [] }),
      record({ announcedOn: null, facilities: [], kind: "expansion" }),
    );
    expect(match.verdict).toBe("possible");
  });

  it("matches a subsidiary named as investor with the parent's deal through `via`", () => {
    const parent = record({ investor: "Alibaba", via: "Trendyol", investorCountry: "CN" });
    const child = record({ investor: "Trendyol", investorCountry: null });
    expect(scoreMatch(parent, child).reasons[0].text).toMatch(/subsidiary/);
  });

  it("uses the alias table for names that share no words", () => {
    const musk = record({ investor: "Elon Musk" });
    const tesla = record({ investor: "Tesla" });
    expect(scoreMatch(musk, tesla).verdict).toBe("different");
    const aliases = new Map([["elon musk", "tesla"]]);
    expect(scoreMatch(musk, tesla, aliases)).toMatchObject({ verdict: "same" });
  });

  it("reads an acronym of the other name and one-letter spellings of a city across languages", () => {
    const en = record({
      investor: "CATL",
      targetCountry: "HU",
      amount: 7.3e9,
      currency: "EUR",
      facilities: [{ type: "factory", city: "Tangier" }],
    });
    const de = record({
      investor: "Contemporary Amperex Technology Co",
      targetCountry: "HU",
      facilities: [{ type: "factory", city: "Tanger" }],
    });
    expect(scoreMatch(en, de).verdict).toBe("same");
  });

  it("does not let a short acronym stand for a longer name", () => {
    expect(scoreMatch(record({ investor: "DR" }), record({ investor: "DR Automobiles" })).verdict).toBe("different");
  });
});
