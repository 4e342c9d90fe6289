import { describe, expect, it } from "vitest";
import { findPercents } from "../status-kind";
import { articleSentences } from "./sentences";
import { findMentions } from "./mentions";

function mentions(text: string, lang: string) {
  const { infos, canonical } = findMentions(text, articleSentences(text, lang), lang, "2024-05-02");
  return { infos, canonical };
}

describe("mentions stage", () => {
  const text =
    "Siemens Energy, a subsidiary of Siemens, will invest €200 million in a new plant in Poland, Economy Minister Robert Habeck said on March 3, 2024. The German group will hold 51% of the venture.";
  const { infos } = mentions(text, "en");
  it("finds organizations and tells people apart", () => {
    expect(infos[0].orgs.map((o) => [o.name, o.person])).toEqual([
      ["Siemens Energy", false],
      ["Siemens", false],
      ["Robert Habeck", true],
    ]);
  });
  it("finds places, amounts and dates, each with offsets into the article", () => {
    expect(infos[0].countries.map((c) => c.code)).toEqual(["PL"]);
    expect(infos[0].investMoney.map((m) => [m.amount, m.currency])).toEqual([[200_000_000, "EUR"]]);
    expect(text.slice(infos[0].investMoney[0].start, infos[0].investMoney[0].end)).toContain("200 million");
    expect(infos[0].dates.map((d) => d.value)).toEqual(["2024-03-03"]);
  });
  it("a town another country's town is also named after is in the country the article names", () => {
    const codes = (t: string, lang: string) => mentions(t, lang).infos.flatMap((i) => i.countries.map((c) => c.code));
    // Concepción: Chile's in the gazetteer, also a Paraguayan town
    expect(codes("JBS investe no Paraguai. A fábrica fica na cidade de Concepción.", "pt")).toEqual(["PY", "PY"]);
    expect(codes("JBS investe no Chile. A fábrica fica na cidade de Concepción.", "pt")).toEqual(["CL", "CL"]);
    // no country named: the gazetteer's
    expect(codes("A fábrica fica na cidade de Concepción.", "pt")).toEqual(["CL"]);
  });
  it("a list a plural of 'company' introduces is a list of firms, cue or none", () => {
    const firms = (t: string, lang: string) =>
      mentions(t, lang)
        .infos[0].orgs.filter((o) => !o.person)
        .map((o) => o.name);
    // (a bare name beside a firm with a cue is otherwise dropped)
    expect(firms("Les groupes Varnelle et Ostrabor vont construire deux hôtels à Abidjan.", "fr")).toEqual([
      "Varnelle",
      "Ostrabor",
    ]);
    expect(
      firms("The two firms are Quelmar Foods and Darvish Ceramic, which will build a plant in Ghana.", "en"),
    ).toEqual(["Quelmar Foods", "Darvish Ceramic"]);
    // (a singular "grupo" makes no list; a plural verb of investing after the pair would make its second name a subject)
    expect(firms("El grupo Varnelle y Ostrabor edificarán un hotel en Lima.", "es")).toEqual(["Varnelle"]);
  });
  it("finds percents, and a country adjective as a country", () => {
    expect(findPercents(infos[1].s.text).map((p) => p.value)).toEqual([51]);
    expect(infos[1].countries.map((c) => [c.code, c.kind])).toEqual([["DE", "adjective"]]);
  });
  it("a firm's short name is found before and after its full name", () => {
    const before = mentions(
      "Later, Hidier will also build a plant in Laos.\nHidier Power Group will invest $300 million in a plant in Vietnam.",
      "en",
    ).infos;
    expect(before.map((i) => i.orgs.map((o) => o.name))).toEqual([["Hidier"], ["Hidier Power Group"]]);
    const after = mentions(
      "Hidier Power Group will invest $300 million in a plant in Vietnam. Later, Hidier will also build a plant in Laos.",
      "en",
    ).infos;
    expect(after.map((i) => i.orgs.map((o) => o.name))).toEqual([["Hidier Power Group"], ["Hidier"]]);
  });
  it("an acronym's long form is its canonical name", () => {
    const { canonical } = mentions(
      "The Kuwait Investment Authority (KIA) will invest $1 billion in Turkey. KIA said the fund would grow.",
      "en",
    );
    expect(canonical("KIA")).toBe("Kuwait Investment Authority");
  });
  it("a bare 'Congo' is the Congo the article names in full", () => {
    const codes = (text: string, lang: string) => mentions(text, lang).infos.map((i) => i.countries.map((c) => c.code));
    expect(
      codes(
        "DP World won a concession for a deepwater port in Congo. The Democratic Republic of Congo keeps 30 per cent.",
        "en",
      ),
    ).toEqual([["CD"], ["CD"]]);
    expect(
      codes("Minmetals kauft eine Mine im Kongo. In der Republik Kongo hat die Firma schon ein Werk.", "de"),
    ).toEqual([["CG"], ["CG"]]);
    // naming neither or both leaves each as written
    expect(codes("DP World will build a port in Congo.", "en")).toEqual([["CG"]]);
  });
  it("a name the article calls a district, province or municipality is a place, not a firm", () => {
    const orgs = (text: string, lang: string) => mentions(text, lang).infos.flatMap((i) => i.orgs.map((o) => o.name));
    expect(
      orgs(
        "Moamba atrai novo investimento industrial. O distrito da Moamba, na província de Maputo, prepara-se para acolher uma fábrica. O investimento é da empresa Safira Mozambique Cerâmica, Lda.",
        "pt",
      ),
    ).toEqual(["Safira Mozambique Cerâmica"]);
    expect(
      orgs(
        "De provincie Limburg heeft toegezegd te investeren. Ziggo bouwt een nieuw distributiecentrum in Venlo.",
        "nl",
      ),
    ).toEqual(["Ziggo"]);
  });
});

describe("Polish cases of known firms", () => {
  it("finds 'Intela' as the firm Intel and names it in the nominative", () => {
    const { infos, canonical } = mentions("Wciąż ważą się losy zakładu Intela za 4 mld dol. w Polsce.", "pl");
    const orgs = infos.flatMap((i) => i.orgs).map((o) => o.name);
    expect(orgs).toContain("Intela");
    expect(canonical("Intela")).toBe("Intel");
  });
});

describe("title-case headlines", () => {
  it("give their capitals no weight: a name found only there is dropped, a name the body repeats is kept", () => {
    const text =
      "Sovereign Wealth Fund Weekly News Roundup — SWFs Target Infrastructure Investments\n\nPortline Holdings Buys Major Port Stake In Deal With Partners\n\nThe British firm Portline Holdings buys a stake in a port for $40 million.";
    const { infos } = mentions(text, "en");
    const names = infos.map((i) => i.orgs.map((o) => o.name));
    expect(names[0]).toEqual([]);
    expect(names[1]).toContain("Portline Holdings");
    expect(names[2]).toContain("Portline Holdings");
  });
});

describe("mentions stage, Portuguese places named by their kind", () => {
  const orgsOf = (text: string) => mentions(text, "pt").infos.flatMap((i) => i.orgs.map((o) => o.name));
  it("an island or a zone named so is a place, never a firm", () => {
    expect(orgsOf("Na ilha do Sal, o grupo tem já três resorts, sob gestão da Meliá Hotels International.")).toEqual([
      "Meliá Hotels International",
    ]);
    expect(
      orgsOf(
        "Zona da Mata recebe investimento de R$ 300 milhões em data centers. A cidade de Leopoldina, na Zona da Mata, foi escolhida pela Supernova.",
      ),
    ).not.toContain("Mata");
  });
});

describe("a commitment word of one language inside another language's word", () => {
  it("does not read 'investigation' as an investment (the stems 'invest', 'investi' of several languages)", () => {
    const t = "The investigation found that Acme hid $5 million in Spain.";
    expect(mentions(t, "en").infos[0].trigger).toBe(false);
    expect(mentions("Acme will invest $5 million in Spain.", "en").infos[0].trigger).toBe(true);
  });
  it("nor 'unterrichtet' (German 'errichte'), 'uprzejmie', 'biskupi' (Polish 'przejm', 'kupi') as one", () => {
    expect(mentions("Die Firma Acme unterrichtet ihre Kunden über 5 Millionen Euro.", "de").infos[0].trigger).toBe(
      false,
    );
    expect(mentions("Biskupi uprzejmie poprosili Acme o 5 mln zł.", "pl").infos[0].trigger).toBe(false);
    expect(mentions("Acme kupi fabrykę za 5 mln zł.", "pl").infos[0].trigger).toBe(true);
  });
});

describe("a word in capitals the article also writes in lower case", () => {
  it("is a heading's word, not a firm ('FİNANSMAN … finansman'); a firm in capitals stays", () => {
    const orgs = (t: string) => mentions(t, "tr").infos.map((i) => i.orgs.map((o) => o.name));
    const body = "\nŞirket, yeni fabrika için finansman bulduğunu açıkladı.";
    expect(orgs(`SULAMA ALTYAPISI İÇİN 1 MİLYAR AVRO FİNANSMAN${body}`)).toEqual([[], []]);
    expect(orgs(`SULAMA ALTYAPISI İÇİN 1 MİLYAR AVRO ASELSAN${body}`)).toEqual([["ASELSAN"], []]);
  });
});

describe("Italian commitment phrasing", () => {
  it.each([
    "Il gruppo Acme sborsa 50 milioni di euro per lo stabilimento.",
    "Acme mette sul piatto 50 milioni di euro.",
    "Acme lancia un'Opa da 50 milioni di euro su Beta.",
  ])("%s", (t) => {
    expect(mentions(t, "it").infos[0].trigger).toBe(true);
  });
});

describe("a Polish subject after its verb", () => {
  it("keeps a bare name named right after a future verb of investing", () => {
    const orgsOf = (t: string) => mentions(t, "pl").infos[0].orgs.map((o) => o.name);
    expect(orgsOf("W budowę nowego zakładu produkcyjnego w Gdańsku za 20 mln zł zainwestuje też Zortexa.")).toEqual([
      "Zortexa",
    ]);
    // no verb before the name: a bare name after the amount stays out
    expect(orgsOf("Nowy zakład produkcyjny w Gdańsku za 20 mln zł obsłuży klientów, jak Zortexa.")).toEqual([]);
  });
});

describe("a Dutch passive's agent", () => {
  it("keeps a bare name after 'door' that follows a building or buying word", () => {
    const orgsOf = (t: string) => mentions(t, "nl").infos[0].orgs.map((o) => o.name);
    expect(orgsOf("Zo bijvoorbeeld de bouw van een fabriek van 30 miljoen euro in Venlo door Zortexa.")).toEqual([
      "Zortexa",
    ]);
  });
});
