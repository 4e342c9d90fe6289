import { describe, expect, it } from "vitest";
import { rejectBudget, rejectCommitment } from "./rejects";
import { chooseInvestor } from "./stages/investor";
import { stagesOf } from "./stages/stages.test-util";

/** The commitment rule that rejects the text's first sentence, with its investor as the stages choose it. */
function rejected(text: string, lang = "en"): string | null {
  const { infos, ctx, state } = stagesOf(text, lang);
  const pick = chooseInvestor(infos[0], ctx, state);
  if (!pick.inv) throw new Error("no investor chosen");
  return rejectCommitment(infos[0], pick.inv.start - infos[0].s.start, pick.viaCoref)?.rule ?? null;
}

describe("commitment rejects", () => {
  it("each rule names why the sentence states no investment", () => {
    expect(rejected("Siemens won a $900 million order to supply turbines to a power plant in Egypt.")).toBe(
      "rejectSupplyContract",
    );
    expect(rejected("After plants in Spain and France, Michelin opens its third plant in Poland.")).toBe(
      "rejectExistingSites",
    );
    expect(rejected("“We will invest in Poland,” said Unilever.")).toBe("rejectBareQuote");
    expect(rejected("Investments in Poland were welcomed by Unilever.")).toBe("rejectNameAfterInvestWord");
  });
  it("Polish word order: an investing word before the firm ('Inwestycję realizuje firma X') rules nothing out", () => {
    const text = "Inwestycję realizuje polska firma Vanora na zlecenie funduszu.";
    const { infos } = stagesOf(text, "pl");
    const at = text.indexOf("Vanora");
    expect(rejectCommitment(infos[0], at, false, "pl")).toBeNull();
    expect(rejectCommitment(infos[0], at, false, "en")?.rule).toBe("rejectNameAfterInvestWord");
  });
  it("an investing word inside a firm's name stands before no other firm", () => {
    const text =
      "The Norway Investment Fund, Japan's Daiwa Capital and Ontario Teachers' Pension Plan are investing in a Polish power grid operator.";
    const { infos } = stagesOf(text, "en");
    const info = infos[0];
    const at = (name: string) => text.indexOf(name);
    expect(rejectCommitment(info, at("Daiwa Capital"), false)).toBeNull();
    // an investing word outside the names still does
    const after = stagesOf(
      "Investments in Poland were welcomed by the Norway Investment Fund and Daiwa Capital.",
      "en",
    );
    expect(rejectCommitment(after.infos[0], after.infos[0].s.text.indexOf("Daiwa"), false)?.rule).toBe(
      "rejectNameAfterInvestWord",
    );
  });
  it("the word for who invests or builds, before the firm, names the firm ('Bauherr ist der Hersteller X')", () => {
    expect(
      rejected("Bauherr ist der Arzneimittel-Hersteller Velmora, der Spatenstich ist im Herbst geplant.", "de"),
    ).toBeNull();
    expect(
      rejected("The Investment in the new quarter is large: the developer is the Irish group Karvell Holdings."),
    ).toBeNull();
  });
  it("a plain commitment passes every rule", () => {
    expect(rejected("Siemens will invest $900 million in a turbine plant in Egypt.")).toBeNull();
    expect(rejected("Michelin will invest €100 million in its plant in Poland.")).toBeNull();
  });
  it("the reason is a sentence a reader understands", () => {
    const { infos, ctx, state } = stagesOf("Siemens won a $900 million order to supply turbines to Egypt.", "en");
    const pick = chooseInvestor(infos[0], ctx, state);
    expect(rejectCommitment(infos[0], pick.inv!.start - infos[0].s.start, false)?.reason).toBe(
      "a supply contract: a sale, not an investment",
    );
  });
  it("a spending budget without a facility is rejected; with a facility it is a project", () => {
    const { infos } = stagesOf("Unilever will spend €1.5 billion on capital expenditure in Poland this year.", "en");
    expect(rejectBudget(infos[0], infos[0].investMoney, [])).toBe("a spending budget, not a project");
    const plant = stagesOf("Unilever will spend €1.5 billion of capital expenditure on a new plant in Poland.", "en")
      .infos[0];
    expect(rejectBudget(plant, plant.investMoney, plant.facilities)).toBeNull();
  });
  it("the capital expenditure of one project is that project's cost, not a budget", () => {
    const en = stagesOf("Korvane said total capital expenditure for the project is estimated at $380 million.", "en")
      .infos[0];
    expect(rejectBudget(en, en.investMoney, [])).toBeNull();
    const fr = stagesOf("Les dépenses d'investissement du projet atteignent 40 millions d'euros, selon Norvel.", "fr")
      .infos[0];
    expect(rejectBudget(fr, fr.investMoney, [])).toBeNull();
    // (a budget for the year stays a budget even where another is a project's)
    const both = stagesOf(
      "Korvane will raise capital expenditure to $2 billion this year; capital expenditure for the project is $380 million.",
      "en",
    ).infos[0];
    expect(rejectBudget(both, both.investMoney, [])).toBe("a spending budget, not a project");
  });
});
