import { describe, expect, it } from "vitest";
import { chooseInvestor } from "./investor";
import { stagesOf } from "./stages.test-util";
import { extractDeals } from "../index";

/** The investor chosen in each sentence, in order ("(focus)" when it is the company in focus, not named). */
function investors(text: string, lang = "en"): (string | null)[] {
  const { infos, ctx, state } = stagesOf(text, lang);
  return infos.map((info) => {
    const pick = chooseInvestor(info, ctx, state);
    return pick.inv ? `${pick.inv.name}${pick.viaCoref ? " (focus)" : ""}` : null;
  });
}

describe("investor choice stage", () => {
  it("every name of a list of examples after 'firms like', 'empresas como' is an example, not the investor", () => {
    expect(
      investors(
        "La compañía Norvel Textil abrirá una planta en Ripollet. Esta empresa trabaja para grandes empresas como Zentor y Borin. Se prevé una inversión de tres millones de euros.",
        "es",
      ),
    ).toEqual(["Norvel Textil", null, "Norvel Textil (focus)"]);
    expect(
      investors(
        "Acme Robotics will build a plant in Ohio. It supplies companies like Zentor, Borin and Kelvar. The plant will cost $18 million.",
      ),
    ).toEqual(["Acme Robotics", null, "Acme Robotics (focus)"]);
  });
  it("a semicolon inside the subject's bracket opens no clause of another subject", () => {
    expect(
      investors(
        "Le groupe français Brevalor (2 000 salariés ; 400 M€ de CA) a choisi le parc industriel de la Vallée (PIV) pour implanter une nouvelle usine.",
        "fr",
      ),
    ).toEqual(["Brevalor"]);
  });
  it("a word trusted only for the verb after it gives way to a firm named with a cue", async () => {
    const { namedInvestor } = await import("./investor");
    const text = "Zlecenie to ma wykonać firma Mostostal Siedlce.";
    const org = (name: string, extra: object) => {
      const start = text.indexOf(name);
      return {
        name,
        start,
        end: start + name.length,
        person: false,
        strong: true,
        parent: null,
        initial: false,
        ...extra,
      };
    };
    const orgs = [org("Zlecenie", { verbOnly: true, initial: true }), org("Mostostal Siedlce", {})];
    const info = { s: { text, start: 0 }, investMoney: [], facilities: [] } as never;
    expect(namedInvestor(info, orgs, ["plain", "plain"], /$^/)?.name).toBe("Mostostal Siedlce");
    expect(namedInvestor(info, [orgs[0]], ["plain"], /$^/)?.name).toBe("Zlecenie");
  });
  it("a sentence naming only a partner speaks of the firm in focus", () => {
    expect(
      investors(
        "Fagor invertirá 40 millones de euros en nuevas plantas. En Rusia, con una inversión de nueve millones de euros, y en asociación con la mexicana Mabe al 50%, se pondrá en marcha una planta de montaje.",
        "es",
      ),
    ).toEqual(["Fagor", "Fagor (focus)"]);
  });
  it("the one firm a state body signs with brings the investment in", () => {
    expect(
      investors(
        "L'État a signé un nouvel accord avec la société minière TBEA Group qui entérine un investissement de 2,89 milliards de dollars.",
        "fr",
      ),
    ).toEqual(["TBEA Group"]);
    expect(investors("Siemens signed an agreement with Bosch to invest $2 billion.", "en")).toEqual(["Siemens"]);
  });
  it("a minister or an investment agency is not chosen when a company is named", () => {
    expect(
      investors(
        "MADRID (EFE) - Economy Minister Carlos Cuerpo and the agency Invest in Spain welcomed that Volkswagen will invest 3 billion euros in Valencia.",
      ),
    ).toEqual(["Volkswagen"]);
    expect(
      investors(
        "Bundeswirtschaftsminister Robert Habeck begrüßte, dass Intel 30 Milliarden Euro in Magdeburg investiert.",
        "de",
      ),
    ).toEqual(["Intel"]);
  });
  it("a sale to a named buyer: the buyer invests where the firm sold is at home, and the sale alone is a purchase", () => {
    const { infos, ctx, state } = stagesOf(
      "In het voorjaar verkocht de Zweeds-Noorse papiergigant zijn Canadese dochter Bortan Pulp voor 2 miljard euro aan het Japanse Kiyomaru.",
      "nl",
    );
    const pick = chooseInvestor(infos[0], ctx, state);
    expect(pick.inv?.name).toBe("Kiyomaru");
    expect(pick.roles[pick.orgs.findIndex((o) => o.name === "Bortan Pulp")]).toBe("object");
    expect(
      extractDeals(
        "Windpark Noordzee groeit. Drenk, Holmer en Van Stuyt verkochten de helft van Windpark Noordzee aan de vermogensbelegger Tarvos Capital.",
        { published: "2024-05-02" },
      ).map((d) => `${d.investor}>${d.targetCountry}`),
    ).toContain("Tarvos Capital>NL");
  });
  it("after the subject a German verb of buying opens, the firm of the same clause is what is bought", () => {
    const { infos, ctx, state } = stagesOf(
      "Zum anderen übernahm der Münchner Anlagenbauer Halvert für 90 Millionen Euro den französischen Hersteller Orsena.",
      "de",
    );
    const pick = chooseInvestor(infos[0], ctx, state);
    expect(pick.inv?.name).toBe("Halvert");
    expect(pick.roles).toEqual(["agent", "object"]);
  });
  it("the news agency that carried the story is not chosen", () => {
    expect(investors("(MENAFN) Alibaba will invest USD2 billion in Turkey, its subsidiary Trendyol said.")[0]).toBe(
      "Alibaba",
    );
  });
  it("'the company' and a lone amount fall to the company in focus", () => {
    expect(
      investors(
        "Toyota will invest $500 million in a plant in Kentucky. The company will also build a plant in Texas for $300 million.",
      ),
    ).toEqual(["Toyota", "Toyota (focus)"]);
  });
  it("before any investor is named, the one firm a sentence names is what 'the company' refers to", () => {
    expect(
      investors(
        "The city will sign a land sale with the firm Zortexa Holdings. The new plant in Kenya will cost the company 40 million dollars.",
      ),
    ).toEqual([null, "Zortexa Holdings (focus)"]);
  });
  it("a company just bought gives way to its buyer", () => {
    expect(
      investors(
        "Ford will buy Tasman Wind for $100 million. Tasman Wind owns a wind farm worth $50 million in Victoria, Australia.",
      ),
    ).toEqual(["Ford", "Ford"]);
  });
  it("a descriptor after the investor names its home ('the Swiss food group')", () => {
    const { infos, ctx, state } = stagesOf(
      "Nestlé will invest CHF 100 million in a plant in Vietnam, the Swiss food group said.",
      "en",
    );
    chooseInvestor(infos[0], ctx, state);
    expect(state.homes.get("nestle")).toBe("CH");
  });
  it("a descriptor in apposition to another name is not the home of the company in focus", () => {
    const { infos, ctx, state } = stagesOf(
      "Dalmon investeerde 120 miljoen euro in de bouw van een productielijn in Beerse. “Dit droeg bij aan het record”, meent Westland Investment & Trade (WIT), het Vlaamse agentschap dat buitenlandse investeerders aantrekt.",
      "nl",
    );
    for (const info of infos) chooseInvestor(info, ctx, state);
    expect(state.homes.get("dalmon")).toBeUndefined();
  });
  it("'The $83 million upgrade …' speaks of the project just named: names after the amount are no investors", () => {
    expect(
      investors(
        "German engineering group Bosch announced plans to expand production at its plant in Aguascalientes, Mexico. The US$83 million upgrade is expected to support output of the company’s braking components iBooster, ABS and ESP.",
      ),
    ).toEqual(["Bosch", "Bosch (focus)"]);
    expect(
      investors(
        "Onest Logistics is constructing a new operations center in Mexico. The US$9.5 million facility will serve e-commerce platforms such as MercadoLibre and Amazon.",
      ),
    ).toEqual(["Onest Logistics", "Onest Logistics (focus)"]);
  });
});

describe("coordinated agents", () => {
  it("a name joined by 'and' to an agent is an agent too", async () => {
    const { stagesOf } = await import("./stages.test-util");
    const { infos, ctx, state } = stagesOf(
      "Rotterdam Shortsea Terminals wordt overgenomen door het Britse Blue Ocean Capital en het Amerikaanse Crestline Investors.",
      "nl",
    );
    const pick = chooseInvestor(infos[0], ctx, state);
    const agents = pick.orgs.filter((_, k) => pick.roles[k] === "agent").map((o) => o.name);
    expect(agents).toEqual(["Blue Ocean Capital", "Crestline Investors"]);
  });

  it("a name joined by 'and' to an agent whose cue follows it is an agent too", async () => {
    const { stagesOf } = await import("./stages.test-util");
    const { infos, ctx, state } = stagesOf(
      "Ünlü bisküvi markaları Alman Bahlsen ve Amerikalı Kellogg tarafından satın alındı.",
      "tr",
    );
    const pick = chooseInvestor(infos[0], ctx, state);
    const agents = pick.orgs.filter((_, k) => pick.roles[k] === "agent").map((o) => o.name);
    expect(agents).toEqual(["Bahlsen", "Kellogg"]);
    expect(pick.inv?.name).toBe("Bahlsen");
  });
});

describe("an agreement signed with a firm by no firm named", () => {
  it("makes the firm it was signed with the investor, not the firm in focus", () => {
    expect(
      investors(
        "La société Brevalor va construire une usine à Abidjan. Un second protocole a été signé avec la société Korvane pour la construction d’une usine de 20 millions d’euros à Bouaké.",
        "fr",
      ),
    ).toEqual(["Brevalor", "Korvane"]);
  });
  it("leaves a partner of no signing to the firm in focus", () => {
    expect(
      investors(
        "La société Brevalor va construire une usine à Abidjan. En association avec la société Korvane, une usine sera construite à Bouaké.",
        "fr",
      ),
    ).toEqual(["Brevalor", "Brevalor (focus)"]);
  });
});
