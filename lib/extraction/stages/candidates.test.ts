import { describe, expect, it } from "vitest";
import { extractArticle } from "../assemble";
import { detectLanguage } from "../language";

/** The commitments the stages find (candidate commitments is the last stage extractArticle calls), as
 * "investor>target amount [partners]". */
function commitments(text: string, lang: string | null = "en"): string[] {
  expect(detectLanguage(text)).toBe(lang);
  return extractArticle(text, "2024-05-02").map(
    (f) =>
      `${f.investor}>${f.target} ${f.money?.amount ?? "-"}${f.partners.length ? ` [${f.partners.join(", ")}]` : ""}`,
  );
}

describe("candidate commitments stage", () => {
  it("'je 500 Millionen': every named investor commits the amount", () => {
    expect(commitments("BMW und Daimler investieren je 500 Millionen Euro in ein neues Werk in Ungarn.", "de")).toEqual(
      ["BMW>HU 500000000", "Daimler>HU 500000000"],
    );
  });
  it("two clauses with an amount each are two commitments", () => {
    expect(
      commitments(
        "Renault will set up a new plant worth $38 million in Tangier and will expand its factories in Kenitra for $40 million.",
      ),
    ).toEqual(["Renault>MA 38000000", "Renault>MA 40000000"]);
  });
  it("a joint venture gives each partner a commitment, and 'the partners' later share the amount", () => {
    expect(
      commitments(
        "Mitsui und SKC gründen ein Gemeinschaftsunternehmen in Polen. Die Partner wollen zusammen 420 Millionen Euro investieren.",
        "de",
      ),
    ).toEqual(["Mitsui>PL - [SKC]", "SKC>PL - [Mitsui]", "Mitsui>PL 420000000 [SKC]", "SKC>PL 420000000 [Mitsui]"]);
  });
  it("two firms as one subject, then the amount alone in the next sentence: both commit it", () => {
    expect(
      commitments(
        "En 2020, Lonza et la société française Sanofi ouvriront une nouvelle usine en Suisse. L’investissement s’élève à 290 millions de francs.",
        "fr",
      ),
    ).toEqual([
      "Lonza>CH - [Sanofi]",
      "Sanofi>CH - [Lonza]",
      "Lonza>CH 290000000 [Sanofi]",
      "Sanofi>CH 290000000 [Lonza]",
    ]);
  });
  it("a firm named with its own amount: one commitment each", () => {
    expect(
      commitments(
        "Ayala Corp. with P1 billion and Aboitiz Equity Ventures with P1.6 billion will build new plants in the Philippines.",
      ),
    ).toEqual(["Ayala Corp>PH 1000000000", "Aboitiz Equity Ventures>PH 1600000000"]);
  });
  it("two amounts each for its own facility: one commitment each", () => {
    expect(
      commitments(
        "Toyota will invest $300 million for a new assembly plant and $200 million for a new warehouse in Texas.",
      ),
    ).toEqual(["Toyota>US 300000000", "Toyota>US 200000000"]);
  });
  it("two facilities each followed by its own amount: one commitment each", () => {
    expect(
      commitments(
        "The Swedish supplier Norvik will build a plant for cables in Sfax, for a total of 12.5 million dollars, and a new wire plant in Sousse for 19 million dollars.",
        "en",
      ),
    ).toEqual(["Norvik>TN 12500000", "Norvik>TN 19000000"]);
  });
  it("a list of countries: one commitment per country, without the amount", () => {
    expect(commitments("Hyundai plans a battery plant in Poland, Hungary or Slovakia.", null)).toEqual([
      "Hyundai>PL -",
      "Hyundai>HU -",
      "Hyundai>SK -",
    ]);
  });
  it("a spending budget is no commitment", () => {
    expect(commitments("Unilever will spend €1.5 billion on capital expenditure in Poland this year.")).toEqual([]);
  });
  it("'a plant in A and another in B': one commitment per country", () => {
    expect(
      commitments(
        "The Mexican baking group Bimbo said on Monday it opened a new bakery plant in Brazil and another one in Argentina.",
      ),
    ).toEqual(["Bimbo>BR -", "Bimbo>AR -"]);
    expect(
      commitments(
        "El grupo mexicano Bimbo anunció el lunes que abrió una nueva planta de pan en Brasil y otra en Argentina.",
        "es",
      ),
    ).toEqual(["Bimbo>BR -", "Bimbo>AR -"]);
  });
  it("'$100 million in A, $38 million in B and $32 million each in C and D': each country its own amount", () => {
    expect(
      commitments(
        "La cadena Zentora invertirá $100 millones en Costa Rica, $38 millones en El Salvador y $32 millones en cada uno de Honduras y Panamá.",
        "es",
      ),
    ).toEqual(["Zentora>CR 100000000", "Zentora>SV 38000000", "Zentora>HN 32000000", "Zentora>PA 32000000"]);
    expect(
      commitments("Zentora will invest $5 billion in the United States and $2 billion in Mexico over five years."),
    ).toEqual(["Zentora>US 5000000000", "Zentora>MX 2000000000"]);
  });
  it("'nine hotels in A, 23 in B, another in C': a count of the same in each country lists them too", () => {
    expect(
      commitments(
        "La cadena Zentora prevé abrir nueve hoteles en Cuba, 23 en Brasil, otro en México y otro en Chile.",
        "es",
      ),
    ).toEqual(["Zentora>CU -", "Zentora>BR -", "Zentora>MX -", "Zentora>CL -"]);
  });
});
