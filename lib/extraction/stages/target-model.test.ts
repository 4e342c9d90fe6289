import { afterEach, describe, expect, it } from "vitest";
import { extractDeals } from "../index";
import { bestCandidate, setTargetModel, TARGET_FEATURES, trainTargetModel, type TargetExample } from "./target-model";
import WEIGHTS from "./target-model.weights.json";

const targets = (text: string) =>
  extractDeals(text, { published: "2024-05-02" }).map((d) => `${d.investor} > ${d.targetCountry}`);

afterEach(() => setTargetModel(WEIGHTS.weights));

describe("the learned target-country check", () => {
  it("ships one weight per feature, trained on the tuning part", () => {
    expect(WEIGHTS.weights).toHaveLength(TARGET_FEATURES.length);
    expect(WEIGHTS.features).toEqual([...TARGET_FEATURES]);
    expect(WEIGHTS.examples).toBeGreaterThan(100);
    // cross-validated on the tuning part, it puts the gold country first more often than the rules alone
    expect(WEIGHTS.crossValidated.model).toBeGreaterThan(WEIGHTS.crossValidated.rules);
  });

  it("learns which feature marks the gold country, deterministically", () => {
    const x = (first: number, named: number) => {
      const v = new Array<number>(TARGET_FEATURES.length).fill(0);
      v[0] = 1;
      v[1] = first;
      v[4] = named;
      return v;
    };
    // the gold country is always the one named by its name, never the rules' first choice
    const examples: TargetExample[] = Array.from({ length: 20 }, () => ({
      gold: "B",
      cands: [
        { code: "A", x: x(1, 0) },
        { code: "B", x: x(0, 1) },
      ],
    }));
    const w = trainTargetModel(examples);
    expect(bestCandidate(w, examples[0].cands)).toBe("B");
    expect(trainTargetModel(examples)).toEqual(w);
  });

  it("drops a country that only describes the investor's home market", () => {
    const text =
      "Centara investit au Vietnam\nLe groupe thaïlandais Centara, premier opérateur hôtelier en Thaïlande, va " +
      "investir 50 millions de dollars dans un hôtel au Vietnam.";
    expect(targets(text)).toEqual(["Centara > VN"]);
    // the rules alone also made a record for Thailand, the home market named in the apposition
    setTargetModel(null);
    expect(targets(text)).toEqual(["Centara > VN", "Centara > TH"]);
  });

  it("leaves the rules' surest sign alone: a country with 'in' right after the investor", () => {
    const text =
      "Neue Werke in Afrika\nÄthiopien soll ein neues Werk für 40 Millionen Dollar bekommen, und Coca-Cola will in " +
      "Kenia 100 Millionen Dollar investieren.";
    expect(targets(text)).toEqual(["Coca-Cola > KE"]);
  });
});
