import { describe, expect, it } from "vitest";
import { chooseInvestor } from "./investor";
import { chooseTarget, rememberTarget } from "./target";
import { stagesOf } from "./stages.test-util";

/** The target chosen in each sentence that has an investor ("?" marks one taken from the article's default). */
function targets(text: string, lang = "en"): (string | null)[] {
  const { infos, ctx, state } = stagesOf(text, lang);
  const out: (string | null)[] = [];
  for (const info of infos) {
    const pick = chooseInvestor(info, ctx, state);
    if (!pick.inv) continue;
    const where = chooseTarget(info, pick, pick.inv, ctx, state);
    rememberTarget(state, where);
    out.push(where.target && where.fromDefault ? `${where.target}?` : where.target);
  }
  return out;
}

describe("target-country choice stage", () => {
  it("a plural descriptor before an adjective ('des partenaires allemands', 'aziende tedesche') names a home", () => {
    expect(
      targets(
        "Le Maroc attire les industriels. Acme Industrie, avec des partenaires allemands, va construire une usine de 20 millions d'euros.",
        "fr",
      ),
    ).toEqual(["MA?"]);
    expect(
      targets(
        "La Serbia attira capitali. Acme Holding, insieme ad aziende tedesche, costruirà uno stabilimento da 20 milioni di euro.",
        "it",
      ),
    ).toEqual(["RS?"]);
  });
  it("a firm's origin set off by commas ('de EE. UU.', 'from the US') is its home, not the target", () => {
    expect(
      targets(
        "Colombia atrae a empresas extranjeras. También llega Newmont Mining, de EE. UU., que invertirá 109 millones de dólares en una mina en el país.",
        "es",
      ),
    ).toEqual(["CO?"]);
    expect(
      targets(
        "Colombia draws foreign firms. Newmont Mining, from the US, will invest $109 million in a mine in the country.",
      ),
    ).toEqual(["CO?"]);
  });
  it("a descriptor's origin ('a carmaker from Japan, Acme') is the firm's home, not the target", () => {
    expect(
      targets(
        "Vietnam attracts foreign firms. A carmaker from Japan, Acme Motors, will build a $200 million plant.",
        "en",
      ),
    ).toEqual(["VN?"]);
  });
  it("a country where the firm already has sites ('has plants in', 'cuenta con operaciones en') is no target", () => {
    expect(
      targets(
        "Terumo will invest $8 million in a plant in Costa Rica. MicroVention, which belongs to Terumo, has plants in the United States and will invest in the new plant.",
      ),
    ).toEqual(["CR", "CR?"]);
    expect(
      targets(
        "Spimaco investira 20 millions d'euros en Tunisie. Spimaco possède également des usines en Algérie et investira dans une nouvelle usine.",
        "fr",
      ),
    ).toEqual(["TN", "TN"]);
    // a plant the firm will build in the place is still a target
    expect(targets("Terumo has plants and will invest $8 million in a plant in Costa Rica.")).toEqual(["CR"]);
  });
  it("a country named with 'in' right after the investor outranks an earlier one", () => {
    expect(
      targets(
        "Nach seinem Besuch in Deutschland hat der türkische Präsident Erdogan neue Investitionen von Siemens in der Türkei angekündigt.",
        "de",
      ),
    ).toEqual(["TR"]);
  });
  it("Turkish: a country in the dative or locative is the target, one in the genitive describes the investor", () => {
    expect(
      targets(
        "Orman ürünleri sektöründe Türkiye'nin en büyüklerinden olan Yıldız Entegre A.Ş., ilk yatırımını 150 milyon euroluk bir fabrika ile Romanya'ya yaptı.",
        "tr",
      ),
    ).toEqual(["RO"]);
  });
  it("Turkish: a country with the suffix -li before a firm ('ABD’li JDE') is the firm's home", () => {
    expect(targets("Türkiye'deki kahve markası Jacobs, ABD’li JDE grubuna 200 milyon dolara satıldı.", "tr")).toEqual([
      "TR",
    ]);
  });
  it("a country set apart ('aside from the one in Japan') is no target while another is named", () => {
    expect(
      targets("Acme said its Philippine facility is the first manufacturing site aside from the one in Japan."),
    ).toEqual(["PH"]);
    // alone, it is no target either: the place named before keeps its place ("the fifth outside Germany")
    expect(
      targets(
        "Die Acme GmbH wird 50 Millionen Euro in ein neues Werk in Polen investieren. Das neue Werk wird der fünfte Standort der Acme GmbH außerhalb Deutschlands sein.",
        "de",
      ),
    ).toEqual(["PL", "PL"]);
    expect(
      targets(
        "Acme investira 50 millions d'euros dans une usine au Maroc. Ce sera la cinquième usine d'Acme hors de France.",
        "fr",
      ),
    ).toEqual(["MA", "MA"]);
  });
  it("of two places alike, the place of what is built outranks where the deal was signed", () => {
    expect(targets("Acme signed an agreement in Paris to build a plant in Dubai.")).toEqual(["AE"]);
  });
  it("a state that invests through a firm is its home, not the target", () => {
    expect(
      targets(
        "La minería de Chile atrae capital extranjero. Corea del Sur invierte a través de la estatal Kores Resources, que detenta 30% del proyecto Santo Domingo con $us 1.242 millones.",
        "es",
      ),
    ).toEqual(["CL?"]);
  });
  it("the investor's home is not the target", () => {
    expect(targets("The French company Michelin will invest 100 million zlotys in its tyre plant in Olsztyn.")).toEqual(
      ["PL"],
    );
  });
  it("a home named with French 'basé à' is not the target", () => {
    expect(
      targets("Le groupe Acme, basé à Hong Kong, investit 20 millions de dollars dans un hôtel à Maurice.", "fr"),
    ).toEqual(["MU"]);
  });
  it("a sales market is not the target", () => {
    expect(
      targets(
        "Bimbo will invest $50 million in a bakery in Mexico that makes products for the U.S. and Latin American markets.",
      ),
    ).toEqual(["MX"]);
    // Turkish names the markets in any case ("pazarlarında", in the markets)
    expect(
      targets(
        "Acme Tekstil, Sırbistan'da 10 milyon avroluk fabrika kuracak ve ürünler İtalya ve Almanya pazarlarında satılacak.",
        "tr",
      ),
    ).toEqual(["RS"]);
  });
  it("a commitment naming no country takes the article's default, marked as a guess", () => {
    expect(targets("A new battery plant for Czechia\nHyundai will invest €1 billion in a new plant.")).toEqual(["CZ?"]);
  });
  it("before the default, the investor's own earlier target", () => {
    expect(
      targets(
        "Hyundai picks Czechia for battery plant\nPoland lost out.\nHyundai will invest €1 billion in a new plant.",
      ),
    ).toEqual(["CZ", "CZ"]);
  });
  it("the company in focus keeps its earlier target when the sentence names no other place plainly", () => {
    expect(
      targets(
        "Toyota will invest $500 million in a plant in Kentucky. The company will hire 1,000 workers for the plant with $20 million.",
      ),
    ).toEqual(["US", "US"]);
  });
  it("a country adjective inside the investor's apposition describes the investor, not the target", () => {
    expect(
      targets(
        "La Lavazza, storico marchio del caffè italiano nel mondo, ha acquistato per 700 milioni la francese Carte Noire.",
        "it",
      ),
    ).toEqual(["FR"]);
    expect(
      targets("Siemens, the German engineering group, will invest $100 million in a new plant in Mexico.", "en"),
    ).toEqual(["MX"]);
  });
  it("the investor's headquarters are its home, not the target", () => {
    expect(
      targets(
        "Chipfabrikant NXP, die het hoofdkantoor in Eindhoven heeft, betaalt bijna 11 miljard euro voor de Amerikaanse branchegenoot Freescale.",
        "nl",
      ),
    ).toEqual(["US"]);
  });
});
