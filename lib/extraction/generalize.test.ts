import { describe, expect, it } from "vitest";
import { extractDeals } from "./index";

describe("generalization rules", () => {
  it("an article naming no country but its investor's home (a language of several countries) is about that home", () => {
    const d = extractDeals("La constructora chilena Andalma compró la empresa Ferrosur por 40 millones de dólares.", {
      published: "2022-03-01",
    });
    expect(d.map((x) => [x.investor, x.targetCountry])).toEqual([["Andalma", "CL"]]);
  });
  it("a bare figure followed by what it counts is no amount; one followed by a function word or a currency code is", () => {
    const amounts = (t: string) => extractDeals(t, { published: "2024-05-02" }).map((d) => [d.amount, d.currency]);
    expect(amounts("Acme Corp will build a factory in Kenya, a market of 50 million consumers.")).toEqual([
      [null, null],
    ]);
    expect(
      amounts("Acme Corp will build a factory in Kenya with an investment of 50 million, the company said."),
    ).toEqual([[50000000, "KES"]]);
    expect(amounts("Acme Corp va construire une usine au Sénégal pour 70 milliards de CFA.")).toEqual([
      [70000000000, "XOF"],
    ]);
  });
  it("a name with no cue before the share a purchase names is a candidate, as before an amount", () => {
    const bought = extractDeals(
      "Il mercato italiano cresce. Solvana ha comprato il 25% della società Lombarda Bevande a Milano.",
      {
        published: "2023-05-02",
      },
    );
    expect(bought.map((d) => [d.investor, d.targetCountry, d.status])).toEqual([["Solvana", "IT", "completed"]]);
    expect(
      extractDeals("Il mercato italiano cresce. Solvana ha visitato il 25% delle fiere a Milano.", {
        published: "2023-05-02",
      }),
    ).toEqual([]);
  });

  it("Italian: 'i cinesi di X', 'ai francesi di X' name the firm's home, not the target", () => {
    const d = extractDeals(
      "Nel capitale della Tremola sono entrati i cinesi di Hanwei Electric, che hanno investito 400 milioni di euro.",
      { published: "2024-01-10" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry])).toEqual([["Hanwei Electric", "IT"]]);
  });
  it("Italian: a name after 'dei giapponesi di' is a firm even where a town bears it", () => {
    const d = extractDeals(
      "Il marchio Birra Dolomiti è passato nelle mani dei giapponesi di Kariya per 80 milioni di euro.",
      { published: "2024-01-10" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.amount])).toEqual([["Kariya", "IT", 80000000]]);
  });
  it("Italian: 'in ordine di tempo' (in order of time) is no supply order; an order of trains is", () => {
    const d = extractDeals(
      "L'ultima operazione in ordine di tempo è la vendita del resort Borgo Antico ai francesi di Orvane Capital per 40 milioni di euro.",
      { published: "2024-01-10" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.amount])).toEqual([["Orvane Capital", "IT", 40000000]]);
    expect(
      extractDeals("Acme Sistemi ha ricevuto un ordine di 40 treni dalla Polonia per 300 milioni di euro.", {
        published: "2024-01-10",
      }),
    ).toEqual([]);
  });

  it("Italian: a name after 'da parte di', with a buying noun earlier in the clause, is the buyer", () => {
    const d = extractDeals(
      "Via libera dell'Antitrust all'acquisizione del 41% della compagnia italiana Volaria da parte di Lufthansa per 325 milioni di euro.",
      { published: "2024-06-20" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.amount])).toEqual([["Lufthansa", "IT", 3.25e8]]);
    // no buying or investing noun before it: a visit by a firm is no deal
    expect(
      extractDeals("La visita a Milano da parte di Lufthansa è prevista per 325 milioni di passeggeri.", {
        published: "2024-06-20",
      }).map((x) => x.investor),
    ).not.toContain("Lufthansa");
  });

  it("Portuguese: a name after 'pela'/'pelo', with a buying noun earlier in the clause, is the buyer", () => {
    const d = extractDeals(
      "O Cade aprovou a aquisição da Ribeira Têxtil, de São Paulo, pela Mundial Calçados por 80 milhões de reais.",
      {
        published: "2024-06-20",
      },
    );
    expect(d.map((x) => x.investor)).toContain("Mundial Calçados");
  });

  it("Turkish: 'X'in oldu' (became X's), 'X'e satıldı' (sold to X) and 'yeni sahibi X' (its new owner) name the buyer", () => {
    const d = extractDeals(
      "Türk gıda sektöründe yabancı alımlar sürüyor. Bisküvi markası Tatlıca, Alman Brotwerk’in oldu. Şekerleme markası Lezzet ise ABD’li Candora grubuna satıldı. Maden suyu markası Pınarca’nın yeni sahibi Sırp Voda Grubu oldu. Sektörde başka satışlar da bekleniyor.",
      { published: "2025-01-10" },
    );
    const got = d.map((x) => [x.investor, x.targetCountry, x.status]);
    expect(got).toContainEqual(["Brotwerk", "TR", "completed"]);
    expect(got).toContainEqual(["Candora", "TR", "completed"]);
    expect(d.map((x) => x.investor)).toContain("Voda Grubu");
  });

  it("Turkish: a round-up names a buyer by a case suffix alone: 'X’e satmış' (sold to X), 'proje X’in' (is X's)", () => {
    const d = extractDeals(
      "Türkiye'de konut yatırımları sürüyor. Yatırımlarda en büyük proje 2 milyar dolarla Dervan'ın. En pahalı yatırım 150 milyon dolarla Korpin'in. Öte yandan Tatsan da geçen ay Meral markasını 20 milyon dolara Zenvik'e satmış ve bu satış ses getirmişti.",
      { published: "2025-01-10" },
    );
    const got = d.map((x) => x.investor);
    expect(got).toContain("Dervan");
    expect(got).toContain("Korpin");
    expect(got).toContain("Zenvik");
  });

  it("Turkish: firms listed 'among' the investments ('yatırımlar arasında … yer alıyor') are their investors", () => {
    const d = extractDeals(
      "Türkiye'de sanayi yatırımları hız kazanıyor. Bakanın açıkladığı önemli yatırımlar arasında Yurtkaya Holding, Demsan Grubu ve Korel Enerji gibi büyük firmalar yer alıyor. Yatırımlar 15 ilde yapılacak.",
      { published: "2025-03-01" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry])).toEqual([
      ["Yurtkaya Holding", "TR"],
      ["Demsan Grubu", "TR"],
      ["Korel Enerji", "TR"],
    ]);
  });

  it("Italian, Portuguese, French: a firm named after the investing noun ('l'investimento del gruppo X') may invest", () => {
    const d = extractDeals("Dopo mesi di trattative arriva l'investimento del gruppo Fabbrini in Spagna.", {
      published: "2024-05-02",
    });
    expect(d.map((x) => [x.investor, x.targetCountry])).toEqual([["Fabbrini", "ES"]]);
  });

  it("a sentence that is nothing but an amount gives it to the next one", () => {
    const d = extractDeals(
      "Hotels in Amsterdam zijn gewild.\n\n90 miljoen euro. Dat heeft de Britse hotelinvesteerder Tristan over voor het nieuwe QO Hotel in Amsterdam.",
      { published: "2022-05-10", secondReadings: false },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.amount, x.currency])).toEqual([["Tristan", "NL", 9e7, "EUR"]]);
  });

  it("a name after a lower-case investing word and the language's 'of' is the investment's author", () => {
    const es = extractDeals(
      "El capital riesgo bate récord en España. Le sigue la reinversión de Bridgepoint en la organizadora del Mundial de Moto GP Dorna Sports, una operación valorada en más de 2.000 millones de euros.",
      { published: "2019-11-05", secondReadings: false },
    );
    expect(es.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Bridgepoint", "ES", 2e9]]);
    const nl = extractDeals(
      "Vijf bedrijven genomineerd in Foreign Investment of the Year 2017. Vorig jaar investeerde de Europese tak van Daikin niet minder dan 25,5 miljoen in Vlaanderen.",
      { published: "2017-02-15" },
    );
    expect(nl.map((d) => d.investor)).not.toContain("Year");
    expect(nl.map((d) => d.investor)).not.toContain("Europese");
  });

  it("gives every partner of a joint build its own record with its share", () => {
    const text =
      "Lumora baut gemeinsam mit dem japanischen Konzern Hakuro und der koreanischen Dasan Chemical ein Werk in Busan für 200 Millionen Dollar. Lumora hält 60 Prozent, Hakuro und Dasan Chemical je 20 Prozent.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    const got = deals.map((d) => [d.investor, d.targetCountry, d.amount, d.kind, d.stakePercent]).sort();
    expect(got).toEqual([
      ["Dasan Chemical", "KR", 200e6, "joint_venture", 20],
      ["Hakuro", "KR", 200e6, "joint_venture", 20],
      ["Lumora", "KR", 200e6, "joint_venture", 60],
    ]);
  });

  it("expands 'the partners' to the partner set named before", () => {
    const text =
      "Der Zulieferer Brenntal und der Mischkonzern Veyra Holding gründen ein Gemeinschaftsunternehmen. Die Partner wollen zusammen 300 Millionen Euro in ein Werk in Izmir investieren. Brenntal hält 51 Prozent, Veyra 49 Prozent.";
    const deals = extractDeals(text, { published: "2024-05-10" }).filter((d) => d.amount);
    expect(deals.map((d) => [d.investor, d.targetCountry, d.stakePercent]).sort()).toEqual([
      ["Brenntal", "TR", 51],
      ["Veyra Holding", "TR", 49],
    ]);
  });

  it("treats contributions and the lines under a related-articles heading as no investment", () => {
    const text =
      "Il gruppo Norvale ha inaugurato ieri un magazzino a Verona, un investimento da 40 milioni di euro. La Provincia ha contribuito con 3 milioni di euro per la formazione.\n\nMehr zum Thema\nKorvat investiert eine Milliarde Euro in Kocaeli";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => d.investor)).toEqual(["Norvale"]);
  });
});

describe("clause splitting", () => {
  it("splits two commitments with their own subjects in one sentence", () => {
    const text =
      "Corvane said on Friday it would invest $2bn in a plant in Texas, and Mirelo opened a $400m battery plant in Georgia last month.";
    const deals = extractDeals(text, { published: "2023-11-25" });
    expect(deals.map((d) => [d.investor, d.amount, d.status])).toEqual([
      ["Corvane", 2e9, "announced"],
      ["Mirelo", 4e8, "completed"],
    ]);
  });

  it("keeps a second amount its own sentence commits to as a record of its own, a bare mention of one merged", () => {
    const own = extractDeals(
      "Corvane will invest $386 million in its plant in Brazil. Last year Corvane announced it would invest $780 million to raise output in Brazil.",
      { published: "2023-11-25" },
    );
    expect(own.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([
      ["Corvane", "BR", 386e6],
      ["Corvane", "BR", 780e6],
    ]);
    const bare = extractDeals(
      "Corvane will invest $386 million in its plant in Brazil. Corvane's unit in Brazil had sales of $780 million.",
      { published: "2023-11-25" },
    );
    expect(bare.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Corvane", "BR", 386e6]]);
  });
});

describe("status per commitment", () => {
  it("Spanish: a firm named before a past subjunctive ('después de que … anunciara') is its subject", () => {
    const d = extractDeals(
      "Tras la firma, y después de que la farmacéutica Bovelia anunciara un plan de inversiones de 30 millones de dólares en Uruguay, el ministro habló.",
      { published: "2022-03-01" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.amount])).toEqual([["Bovelia", "UY", 3e7]]);
  });
  it("reads Spanish completion verbs ending in an accent", () => {
    const [d] = extractDeals(
      "La cadena sueca Norhus abrió ayer su primera tienda en Lima, con una inversión de 20 millones de dólares.",
      { published: "2024-05-10" },
    );
    expect(d).toMatchObject({
      investor: "Norhus",
      targetCountry: "PE",
      status: "completed",
      announcedOn: "2024-05-09",
    });
  });

  it("keeps an opened site apart from planned ones elsewhere", () => {
    const deals = extractDeals(
      "Norhus opened its first store in Lyon yesterday. Norhus plans to open two more stores in Lille and Nantes by 2026.",
      { published: "2024-05-10" },
    );
    expect(deals.map((d) => [d.status, d.facilities.map((f) => f.city)])).toEqual([
      ["completed", ["Lyon"]],
      ["announced", ["Lille", "Nantes"]],
    ]);
  });
});

describe("country lists", () => {
  it("gives each shortlisted country of the next sentence a proposed record", () => {
    const text =
      "Der Konzern Varnok prüft den Bau eines Werks in Europa. Auf der engeren Auswahl stehen Polen, Tschechien und die Slowakei.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    // all three, in the order named, each the plant of the first sentence, none with an amount
    expect(
      deals.map((d) => [d.investor, d.targetCountry, d.status, d.facilities.map((f) => f.type), d.amount]),
    ).toEqual([
      ["Varnok", "PL", "proposed", ["factory"], null],
      ["Varnok", "CZ", "proposed", ["factory"], null],
      ["Varnok", "SK", "proposed", ["factory"], null],
    ]);
  });
});

describe("datelines and false completion cues", () => {
  it("never takes a dateline place as target", () => {
    const text =
      "Darmstadt/Istanbul – Der Zulieferer Brenntal und der Mischkonzern Veyra Holding gründen ein Gemeinschaftsunternehmen. Die Partner wollen zusammen 300 Millionen Euro in ein Werk in Izmir investieren.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.every((d) => d.targetCountry === "TR")).toBe(true);
    expect(deals.every((d) => d.status === "announced")).toBe(true);
  });

  it("never takes an agency's credit alone ('(VOVWORLD) - …') as investor", () => {
    const text =
      "Vietnam zieht deutsche Firmen an. (VOVWORLD) - Die deutsche Wirtschaftswoche (WIWO) hat am 29. Mai berichtet, dass viele deutsche Unternehmen in Vietnam investieren wollen. Der Hersteller Kärcher investiert 50 Millionen Euro in ein Werk in Vietnam.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Kärcher", "VN"]]);
  });
});

describe("dates around datelines", () => {
  it("prefers a weekday in the text over the dateline date", () => {
    const [d] = extractDeals(
      "MUMBAI, May 10 – Corvane will invest $1bn in a plant in Pune, the company said on Thursday.",
      { published: "2024-05-10" },
    );
    expect(d.announcedOn).toBe("2024-05-09");
  });
});

describe("lead date past headline and dateline", () => {
  it("finds 'gestern' after a headline and a bare dateline", () => {
    const text =
      "Brenntal baut Werk in Polen\n\nWARSCHAU. Der Zulieferer Brenntal will 90 Millionen Euro in ein Werk in Polen investieren. Das kündigte das Unternehmen gestern an.";
    const [d] = extractDeals(text, { published: "2024-05-10" });
    expect(d).toMatchObject({ investor: "Brenntal", targetCountry: "PL", announcedOn: "2024-05-09" });
  });
});

describe("names and facilities", () => {
  it("keeps a firm whose name ends in Development", () => {
    const [d] = extractDeals("Kavros Development completed a $300m hotel in Zermatt, Switzerland, in 2022.", {
      published: "2024-05-10",
    });
    expect(d).toMatchObject({ investor: "Kavros Development", targetCountry: "CH", amount: 3e8, status: "completed" });
  });

  it("maps both heads of a German ellipsis and Italian warehouses", () => {
    const [d] = extractDeals(
      "Der Konzern Brenntal investiert 300 Millionen Euro in ein neues Forschungs- und Produktionszentrum in Boston, wie das Unternehmen am Dienstag mitteilte.",
      { published: "2024-05-10" },
    );
    expect(d.facilities.map((f) => f.type).sort()).toEqual(["factory", "rnd_center"]);
    const [e] = extractDeals(
      "Il gruppo danese Norvale ha inaugurato ieri un magazzino a Verona da 40 milioni di euro.",
      { published: "2024-05-10" },
    );
    expect(e.facilities.map((f) => f.type)).toEqual(["logistics_center"]);
  });

  it("does not read a paint shop or offices as customers' sites as facilities", () => {
    const [d] = extractDeals("Brenntal will invest $200m in a plant in Ohio with a new paint shop.", {
      published: "2024-05-10",
    });
    expect(d.facilities.map((f) => f.type)).toEqual(["factory"]);
  });
});

describe("acquired companies", () => {
  it("never makes the bought company an investor later in the article", () => {
    const text =
      "Korvane Renewable has completed its acquisition of a 60% stake in Australian developer Dunmore Solar Energy for A$900 million. Dunmore Solar owns a solar farm near Mildura in Victoria.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => d.investor)).toEqual(["Korvane Renewable"]);
    expect(deals[0].facilities.map((f) => f.type)).toEqual(["energy"]);
  });
});

describe("background and state bodies", () => {
  it("skips a list of existing sites and a cabinet approving a project", () => {
    const text =
      "Die Brenntal-Tochter Voltra will 900 Millionen Euro in ein Werk im portugiesischen Sines investieren. Für Brenntal ist es nach Hannover, Valencia und Pilsen das vierte Zellwerk.";
    expect(extractDeals(text, { published: "2024-05-10" }).map((d) => d.targetCountry)).toEqual(["PT"]);
    const en =
      "India's Union Cabinet on Wednesday approved a chip plant to be set up by Korvane near Jewar airport in Uttar Pradesh. Korvane will invest $400 million in the plant.";
    const deals = extractDeals(en, { published: "2024-05-10" });
    expect(deals.map((d) => d.investor)).toEqual(["Korvane"]);
    expect(deals[0].facilities.map((f) => f.type)).toEqual(["factory"]);
  });
});

describe("non-investment money and German stake wording", () => {
  it("ignores supply orders and home spending without a project", () => {
    const text = "Korvane Energy won a $900 million order to supply turbines to a power plant in Egypt.";
    expect(extractDeals(text, { published: "2024-05-10" })).toEqual([]);
    const home = "Der deutsche Autobauer Brenntal will in diesem Jahr 1,8 Milliarden Euro in Deutschland investieren.";
    expect(extractDeals(home, { published: "2024-05-10" })).toEqual([]);
  });

  it("reads 'hat sich mit X Prozent an … beteiligt' as a completed stake", () => {
    const [d] = extractDeals(
      "Der Versicherer Korvane Re hat sich mit 25 Prozent an dem britischen Start-up Lumora beteiligt.",
      { published: "2024-05-10" },
    );
    expect(d).toMatchObject({
      investor: "Korvane Re",
      targetCountry: "GB",
      kind: "stake",
      stakePercent: 25,
      status: "completed",
    });
  });

  it("reads a passenger count as no amount", () => {
    const text =
      "Die Allianz hat den Erwerb von 30 Prozent an der Flughafengesellschaft Korva in Italien abgeschlossen. Korva betreibt zwei Flughäfen, über die 29 Millionen Passagiere reisten.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.investor, d.amount, d.status])).toEqual([["Allianz", null, "completed"]]);
  });
});

describe("German exonyms", () => {
  it("places Oppeln, Budweis and Ödenburg", () => {
    for (const [city, code] of [
      ["Oppeln", "PL"],
      ["Budweis", "CZ"],
      ["Ödenburg", "HU"],
    ]) {
      const [d] = extractDeals(`Der Schweizer Konzern Brenntal investiert 100 Millionen Euro in ein Werk in ${city}.`, {
        published: "2024-05-10",
      });
      expect(d?.targetCountry).toBe(code);
    }
  });
});

describe("relative clauses and customers' sites", () => {
  it("keeps 'will expand the plant that it bought last year' announced", () => {
    const [d] = extractDeals(
      "Korvane Motor will invest $400 million to expand the Pune plant that it bought from Velto last year, the company said.",
      { published: "2024-05-10" },
    );
    expect(d).toMatchObject({ investor: "Korvane Motor", targetCountry: "IN", status: "announced" });
  });

  it("ignores the plants a new site will supply and a metaphorical export hub", () => {
    const text =
      'Brenntal will invest $300 million to build a distribution center in Monterrey, Mexico. The distribution center will supply assembly plants in Saltillo. "Mexico is becoming our export hub for Latin America," the chief executive said.';
    const [d] = extractDeals(text, { published: "2024-05-10" });
    expect(new Set(d.facilities.map((f) => f.type))).toEqual(new Set(["logistics_center"]));
  });
});

describe("possessive parents", () => {
  it("records the possessor of \"X's Y\" as Y's parent", () => {
    const text =
      "Korvane Inc's Brenntal will invest €1.5bn in a data centre in Finland. Brenntal will also build a data centre in Sweden.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    const se = deals.find((d) => d.targetCountry === "SE");
    expect(se).toMatchObject({ investor: "Korvane Inc", via: "Brenntal" });
  });
});

describe("fractional amounts", () => {
  it("reads half a billion and a quarter of a billion", () => {
    const [d] = extractDeals("Korvane will invest half a billion dollars in a hotel in Lisbon, Portugal.", {
      published: "2024-05-10",
    });
    expect(d).toMatchObject({ amount: 5e8, currency: "USD" });
    const [e] = extractDeals("Korvane will invest a quarter of a billion dollars in a hotel in Porto, Portugal.", {
      published: "2024-05-10",
    });
    expect(e).toMatchObject({ amount: 2.5e8, currency: "USD" });
  });
});

describe("budgets over several countries", () => {
  it("gives the named share to its country and null to the others", () => {
    const text =
      "Der Schweizer Konzern Brenntal will in den nächsten Jahren 1,5 Milliarden Franken in Polen, Tschechien und Rumänien investieren, davon 600 Millionen Franken in ein neues Zementwerk in Oppeln. Das teilte das Unternehmen am Dienstag mit.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.targetCountry, d.amount])).toEqual([
      ["PL", 6e8],
      ["CZ", null],
      ["RO", null],
    ]);
    expect(deals[0].facilities.map((f) => [f.type, f.city])).toEqual([["factory", "Oppeln"]]);
  });

  it("keeps candidate locations a company examined", () => {
    const text =
      "Der taiwanische Chipkonzern Lumitek hatte vor der Entscheidung auch Standorte in Italien, Polen und Tschechien geprüft.";
    expect(extractDeals(text, { published: "2024-05-10" }).map((d) => [d.targetCountry, d.status])).toEqual([
      ["IT", "proposed"],
      ["PL", "proposed"],
      ["CZ", "proposed"],
    ]);
  });
});

describe("ongoing production", () => {
  it("reads 'has been assembling since' as completed", () => {
    const text =
      "The carmaker Korvane will invest €400m in a plant in Barcelona, Spain. Korvane has been assembling cars in Barcelona since November.";
    const [d] = extractDeals(text, { published: "2024-05-10" });
    expect(d).toMatchObject({ investor: "Korvane", targetCountry: "ES", status: "completed" });
  });
});

describe("short German texts", () => {
  it("detects German in a short sentence full of 'in'", async () => {
    const { detectLanguage } = await import("./index");
    expect(
      detectLanguage(
        "Der Energiekonzern Korvane baut ein Rechenzentrum in Kajaani und ein zweites in Muhos in Finnland.",
      ),
    ).toBe("de");
  });
});

describe("second sites", () => {
  it("reads 'and a second one in X' as another site of the same type", () => {
    const [d] = extractDeals("Korvane will build a data centre in Kajaani and a second one in Muhos, Finland.", {
      published: "2024-05-10",
    });
    expect(d.facilities.map((f) => [f.type, f.city])).toEqual([
      ["data_center", "Kajaani"],
      ["data_center", "Muhos"],
    ]);
  });
});

describe("Turkish amounts", () => {
  it("reads '1 milyar dolarlık'", () => {
    const [d] = extractDeals("Çinli otomobil üreticisi Korvane, Manisa'da 1 milyar dolarlık bir fabrika kuracak.", {
      published: "2024-05-10",
    });
    expect(d).toMatchObject({ targetCountry: "TR", amount: 1e9, currency: "USD" });
  });
});

describe("joint venture founded in one sentence, funded in the next", () => {
  it("expands the next sentence's 'Es soll' to the founders, not the vehicle", () => {
    const text =
      "Der Chipkonzern Lumitek und die Partner KVX und NXP haben das Gemeinschaftsunternehmen Velora gegründet. Es soll für zehn Milliarden Euro eine Chipfabrik in Dresden bauen. Lumitek hält 80 Prozent, KVX und NXP je 10 Prozent.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.stakePercent]).sort()).toEqual([
      ["KVX", "DE", 1e10, 10],
      ["Lumitek", "DE", 1e10, 80],
      ["NXP", "DE", 1e10, 10],
    ]);
  });
});

describe("coordinated partner names", () => {
  it("takes unknown names listed with a known firm in a partner context as firms", () => {
    const text =
      "Der Chipkonzern Lumitek baut gemeinsam mit Varta, Korvex und NXP eine Chipfabrik in Dresden für zehn Milliarden Euro. Lumitek hält 70 Prozent, Varta, Korvex und NXP je 10 Prozent.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.investor, d.stakePercent]).sort()).toEqual([
      ["Korvex", 10],
      ["Lumitek", 70],
      ["NXP", 10],
      ["Varta", 10],
    ]);
  });
  it("takes an unknown name joined by 'and' to a described known firm in a partner context as a firm", () => {
    const fr =
      "Une coentreprise entre Voltrix et le groupe chinois CRCC va construire une usine de 40 millions d'euros en Algérie.";
    expect(
      extractDeals(fr, { published: "2024-05-10" })
        .map((d) => d.investor)
        .sort(),
    ).toEqual(["CRCC", "Voltrix"]);
    const pt =
      "A nova fábrica resulta de uma joint venture entre a Zentora e a portuguesa Galp, com 20 milhões de euros em Sines.";
    expect(
      extractDeals(pt, { published: "2024-05-10" })
        .map((d) => d.investor)
        .sort(),
    ).toEqual(["Galp", "Zentora"]);
  });
});

describe("company profiles and portfolios", () => {
  it("ignores an 'Über X:' profile and a pipeline of projects", () => {
    const text =
      "Die Brenntal-Tochter Voltra will 900 Millionen Euro in ein Werk im portugiesischen Sines investieren.\n\nÜber Voltra: Das Unternehmen mit Sitz in Salzgitter baut Zellfabriken in Salzgitter und Valencia.";
    expect(extractDeals(text, { published: "2024-05-10" }).map((d) => d.targetCountry)).toEqual(["PT"]);
    const en =
      "Korvane has completed its acquisition of a wind developer in Victoria, Australia, for A$1.1 billion. It has a pipeline of projects in South Australia.";
    const [d] = extractDeals(en, { published: "2024-05-10" });
    expect(d.facilities.map((f) => f.type)).not.toContain("infrastructure");
  });
});

describe("person investors", () => {
  it("never takes a billionaire's nationality as target", () => {
    const [d] = extractDeals(
      "Egyptian billionaire Karim Haddad said he would invest €200m in a resort in Crete, Greece.",
      { published: "2024-05-10" },
    );
    expect(d).toMatchObject({ targetCountry: "GR", amount: 2e8 });
  });
});

describe("events and datelines are not investors", () => {
  it("ignores an event title and an upper-case dateline place", () => {
    const text =
      "LORIENT – Le groupe japonais Takeda Kasei va investir 300 millions d'euros dans une usine en Bretagne, a-t-il annoncé lundi lors du sommet Invest Europe à Paris.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Takeda Kasei", "FR", 3e8]]);
  });
});

describe("spending budgets", () => {
  it("does not take a capital-expenditure budget as a project", () => {
    const en =
      "Chief executive Mara Lind said Korvane would spend about €2bn on capital expenditure in the current financial year.";
    expect(extractDeals(en, { published: "2024-05-10" }).filter((d) => d.amount)).toEqual([]);
    const de =
      "Zugleich kündigte er an, dass der Konzern Brenntal seine Investitionen in Österreich auf rund 900 Millionen Euro erhöhen werde.";
    expect(extractDeals(de, { published: "2024-05-10" }).filter((d) => d.amount)).toEqual([]);
  });
  it("keeps a sum for a named plant", () => {
    const [d] = extractDeals("Korvane will spend €2bn on a new battery plant in Leipzig, Germany.", {
      published: "2024-05-10",
    });
    expect(d).toMatchObject({ targetCountry: "DE", amount: 2e9 });
  });
});

describe("older initiatives listed after a heading", () => {
  it("gives undated items after 'other recent projects are:' no publication date", () => {
    const text =
      "Korvane will invest $300 million in a plant in Vietnam, the company said on Thursday.\n\nThe group's other recent projects are:\n\nKorvane announced a $200 million factory in Thailand.\n\nIn March, Korvane opened a logistics centre in Malaysia.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    const by = Object.fromEntries(deals.map((d) => [d.targetCountry, d.announcedOn]));
    expect(by).toEqual({ VN: "2024-05-09", TH: null, MY: "2024-03" });
  });

  it("never takes a capitalized currency word for the investor", () => {
    const fronted = "Insgesamt 500 Millionen Schweizer Franken will Kalmar bis 2027 in Mexiko und Vietnam investieren.";
    expect(extractDeals(fronted, { published: "2024-05-10" }).map((d) => d.investor)).not.toContain("Franken");
    const text =
      "Der Schweizer Baustoffkonzern Kalmar will 1,2 Milliarden Schweizer Franken in ein neues Zementwerk in Brünn investieren.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.currency])).toEqual([
      ["Kalmar", "CZ", 1.2e9, "CHF"],
    ]);
  });
});

describe("a country's office holders are no company's home", () => {
  it("keeps the target when 'the Colombian leader' speaks of the plan", () => {
    const text =
      "Global food giant Nestle is set to invest $100 million over the next three years in its Colombian operations, President Gustavo Petro said on Friday.\nThe Colombian leader outlined the announcement in a post on Twitter.\nThe new investment plan builds on $13 million already spent by the world's largest food producer in the South American country.";
    const deals = extractDeals(text, { published: "2023-01-28" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Nestle", "CO", 1e8]]);
  });
});

describe("every clause with its own subject", () => {
  it("splits 'A invested …; B opened …' into a record each", () => {
    const text =
      "En el 2012, Grupo México invirtió 134 millones de dólares en sus operaciones mineras en Perú; Bimbo abrió una nueva planta en Brasil y otra en Argentina; y Cinépolis anunció la apertura de 350 salas en Brasil.";
    const deals = extractDeals(text, { published: "2013-06-17" });
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual(
      expect.arrayContaining([
        ["Grupo México", "PE"],
        ["Bimbo", "BR"],
      ]),
    );
  });
});

describe("Turkish amounts of purchases", () => {
  it("reads a bid for shares as an investment, and 'Garanti Bankası' as a bank, not a guarantee", () => {
    const deals = extractDeals(
      "Türkiye'ye yatırım gelmez. Son olarak İspanyol BBVA, Garanti Bankasındaki tüm hisselerini almak için 2,2 milyar avro teklif verdi.",
      { published: "2020-11-16" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.currency])).toEqual([
      ["BBVA", "TR", 2.2e9, "EUR"],
    ]);
  });
});

describe("names next to places and adjectives", () => {
  it("reads a sentence-initial capital 'A' as the Portuguese article, not a preposition before a town", () => {
    // Honda is also a town in Colombia (GeoNames): only "a/em Honda" would name it
    const deals = extractDeals("A Honda vai investir 1 bilhão de reais no Brasil.", { published: "2013-08-12" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.currency])).toEqual([
      ["Honda", "BR", 1e9, "BRL"],
    ]);
  });

  it("keeps a capitalized country adjective that ends a name ('Anglo American')", () => {
    const deals = extractDeals(
      "A Anglo American, uma das maiores mineradoras do mundo, investirá 1,3 bilhão de dólares na produção de nióbio em Goiás, no Brasil.",
      { published: "2013-08-12" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Anglo American", "BR"]]);
  });

  it("counts a construction noun as building a generic site ('na construção de uma nova unidade')", () => {
    const deals = extractDeals(
      "A Ambev vai investir 1 bilhão de reais na construção de uma nova unidade em Ponta Grossa, no Paraná.",
      { published: "2013-08-12" },
    );
    expect(deals.map((d) => [d.investor, d.facilities.map((f) => f.type)])).toEqual([["Ambev", ["factory"]]]);
  });
});

describe("article context", () => {
  it("takes an all-caps acronym that spells a function word as a name ('koncern MAN')", () => {
    const deals = extractDeals(
      "Niemiecki koncern MAN zainwestuje ponad 5 mld złotych w Niepołomicach, budując nowy zakład produkcji baterii.",
      { published: "2026-01-23" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.currency])).toEqual([["MAN", "PL", 5e9, "PLN"]]);
  });

  it("reads an all-caps dateline with a date and an agency credit as no investor", () => {
    const text =
      "DRUMMONDVILLE, QC, le 4 sept. 2019 /CNW Telbec/ - Le gouvernement du Québec attribue une aide financière à l'entreprise Jupiter pour la construction d'une usine. Jupiter investira 45 millions de dollars dans cette usine à Drummondville, au Québec.";
    const investors = extractDeals(text, { published: "2019-09-04" }).map((d) => d.investor);
    expect(investors).toContain("Jupiter");
    expect(investors).not.toContain("DRUMMONDVILLE");
    expect(investors).not.toContain("CNW Telbec");
  });

  it("reads an agency credit and an all-caps place as a dateline ('(ANSA) - SAN PAOLO, 08 OTT -')", () => {
    const text =
      "(ANSA) - SAN PAOLO, 08 OTT - C'è un clima favorevole agli investimenti italiani in Brasile, dove vivono 32 milioni di brasiliani di origine italiana.";
    const investors = extractDeals(text, { published: "2022-10-08" }).map((d) => d.investor);
    expect(investors).not.toContain("SAN PAOLO");
  });

  it("drops a 'label: headline' teaser line ('Consulta aquí:', 'Leia também:')", () => {
    const text =
      "La empresa Norvalia invertirá 80 millones de dólares en una planta en Querétaro, México.\nConsulta aquí: Grupo Tervan invertirá 300 millones de dólares en Monterrey\nLa planta abrirá en 2025.";
    expect(extractDeals(text, { published: "2023-07-10" }).map((d) => d.investor)).toEqual(["Norvalia"]);
  });
});

describe("descriptors in Romance languages", () => {
  it("reads a fund named in apposition as the investor ('Cromwell, il fondo di investimento australiano')", () => {
    const deals = extractDeals(
      "Cromwell, il fondo di investimento australiano, investirà 50 milioni di euro in un polo logistico a Pisa.",
      { published: "2024-02-21" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Cromwell", "IT", 50e6]]);
  });

  it("keeps a body whose name opens with a descriptor noun whole ('Fondo Monetario Internacional')", () => {
    const text =
      "El Fondo Monetario Internacional aprobó un préstamo de 500 millones de dólares para Argentina. La minera Exar invertirá 300 millones de dólares en una planta de litio en Jujuy, Argentina.";
    const investors = extractDeals(text, { published: "2018-03-05" }).map((d) => d.investor);
    expect(investors).not.toContain("Monetario Internacional");
    expect(investors).toContain("Exar");
  });
});

describe("the home of an acquired firm", () => {
  it("links a nationality to a name across a descriptor and its complement ('niemieckiego producenta tramwajów HeiterBlick')", () => {
    const deals = extractDeals("Pesa przejmie niemieckiego producenta tramwajów HeiterBlick.", {
      published: "2026-01-10",
    });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.kind])).toEqual([["Pesa", "DE", "acquisition"]]);
  });
});

describe("subjects before a future or past verb", () => {
  it("finds a one-word firm opening a Romance sentence before a future purchase verb", () => {
    for (const text of [
      "Pesa comprará la empresa alemana HeiterBlick, según ha informado la compañía en un comunicado.",
      "Pesa acquisirà il produttore tedesco HeiterBlick.",
      "Pesa rachètera l'entreprise allemande HeiterBlick.",
    ])
      expect(extractDeals(text, { published: "2026-01-10" }).map((d) => [d.investor, d.targetCountry])).toEqual([
        ["Pesa", "DE"],
      ]);
  });

  it("gives each firm of a coordinated subject before a plural verb a record", () => {
    for (const text of [
      "Acme Holdings y Zentor iniciarán la construcción de una fábrica de 30 millones de dólares en Perú.",
      "Acme Holdings en Zentor investeren 30 miljoen euro in een fabriek in Polen.",
    ])
      expect(
        extractDeals(text, { published: "2026-01-10" })
          .map((d) => d.investor)
          .sort(),
      ).toEqual(["Acme Holdings", "Zentor"]);
  });
});

describe("sources of figures", () => {
  it("reads the agent of 'information published by' as the source, not a buyer", () => {
    const text =
      "O valor das transações foi de 6,9 mil milhões de euros, de acordo com a informação transmitida esta terça-feira pela TTR Data. A Fortitude Capital comprou a Iberol por 50 milhões de euros em Portugal.";
    const investors = extractDeals(text, { published: "2025-10-07" }).map((d) => d.investor);
    expect(investors).toContain("Fortitude Capital");
    expect(investors).not.toContain("TTR Data");
  });
});

describe("homes named in apposition", () => {
  it("reads a nationality in an apposition after the name as the firm's home, not the target", () => {
    const text =
      "L'investimento sul nuovo polo fa capo a Cromwell, il fondo di investimento australiano con interessi in Oceania, ed è pari a 50 milioni di euro. Il polo sorgerà a Pisa.";
    const deals = extractDeals(text, { published: "2024-02-21" });
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Cromwell", "IT"]]);
  });
});

describe("Turkish subjects", () => {
  it("takes a sentence-initial name before a comma as the subject of a verb-final Turkish sentence", () => {
    const deals = extractDeals(
      "Norvex Entegre, yurtdışındaki ilk yatırımını 150 milyon euroluk bir fabrika ile Romanya'ya yaptı. Fabrika açılışında son aşamaya gelindi ve tesiste 450 kişi çalışacak.",
      { published: "2019-05-02" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.currency])).toEqual([
      ["Norvex Entegre", "RO", 150e6, "EUR"],
    ]);
  });
});

describe("towns named after a word for a town", () => {
  it("places a GeoNames town after 'Stadt', 'city of', 'ciudad de'", () => {
    const deals = extractDeals(
      "Google plant eine zusätzliche Investition von 600 Millionen Euro in ein Rechenzentrum in der finnischen Stadt Hamina.",
      { published: "2019-09-20" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Google", "FI"]]);
  });

  it("reads 'Foreign companies' and Turkish 'Orta' (central) as no names", () => {
    const text =
      "Foreign companies confirm their intention to set up major projects in France. Türkiye’nin Orta ve Doğu Avrupa’da en önemli aktörlerden biri olduğunu söyledi.";
    const investors = extractDeals(text, { published: "2024-05-13" }).map((d) => d.investor);
    expect(investors).not.toContain("Foreign");
    expect(investors).not.toContain("Orta");
  });
});

describe("what an investor already has", () => {
  it("does not take the countries of a 'which has …' clause about the investor as targets", () => {
    const text =
      "The Mfar Group of Hotels, which has around 700 rooms altogether in India and Oman, will invest $150 million in a resort in the Maldives.";
    expect(extractDeals(text, { published: "2008-02-01" }).map((d) => [d.investor, d.targetCountry])).toEqual([
      ["Mfar Group of Hotels", "MV"],
    ]);
  });
});

describe("homes in a descriptor phrase", () => {
  it("reads 'el consorcio automovilístico francés' as a home, not a target", () => {
    const text =
      "El Grupo Renault anunció el año pasado su plan más ambicioso para España. El consorcio automovilístico francés, pese a que no dio cifras de inversión, invertirá en sus fábricas de Valladolid y Palencia.";
    const deals = extractDeals(text, { published: "2022-11-10" });
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Grupo Renault", "ES"]]);
  });
});

describe("sites named after their town", () => {
  it("reads a town of the article's country before 'plant' as the site's name, not a firm", () => {
    const text =
      "Coca-Cola has announced plans to invest US$300 million in Ethiopia in the coming five years. The Sebeta plant will have a manufacturing capacity of 70,000 cases per day.";
    expect(extractDeals(text, { published: "2019-03-01" }).map((d) => d.investor)).toEqual(["Coca-Cola"]);
  });
});

describe("partners of a joint venture", () => {
  it("share the facility that the venture builds, with its evidence", () => {
    const text =
      "Riyadh: Saudi Arabia's Kestrel Fund has signed an agreement with South Korea's Daeyang Motor to build a vehicle manufacturing plant in the Kingdom.\n\nThe joint venture was announced on Sunday, with Kestrel Fund holding 70 percent stake in the partnership, while Daeyang claims the remaining 30 percent.\n\nThe total investment for the project is estimated to exceed 500 million dollars.";
    const deals = extractDeals(text, { published: "2023-10-23" });
    expect(deals.length).toBeGreaterThanOrEqual(2);
    for (const d of deals) {
      expect(d.kind).toBe("joint_venture");
      expect(d.facilities.map((f) => f.type)).toEqual(["factory"]);
      const span = d.evidence.find((e) => e.field === "facilities");
      expect(span && text.slice(span.start, span.end)).toContain("plant");
    }
  });
});

describe("firms listed one after another as a sentence's investors", () => {
  it("each commit", () => {
    const text =
      "Suudi Varda Grup, Amerikalı kimya devi Koralta, Katarlı Nesa Expansion, Japon Tokimura Corporation gibi birçok dünya devi Türkiye'ye yatırım kararını açıkladı.";
    const got = extractDeals(text, { published: "2019-11-10" }).map((d) => [d.investor, d.targetCountry]);
    expect(got).toHaveLength(4);
    for (const name of ["Varda Grup", "Koralta", "Nesa Expansion", "Tokimura Corporation"])
      expect(got.some(([investor, target]) => investor.endsWith(name) && target === "TR")).toBe(true);
  });
});

describe("commitments the first reading states with an investing word only", () => {
  it("keeps an opening with no amount or facility named", () => {
    const deals = extractDeals("Der Autobauer Opel eröffnet einen Standort in Polen.", { published: "2024-01-01" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Opel", "PL", null]]);
  });
});

describe("a full stop glued to the next sentence", () => {
  it("still ends the sentence: the name after it is read", () => {
    const text = "Il faudra 1,2 milliard d'euros.Safran va investir 300 millions d'euros dans une usine au Maroc.";
    const deals = extractDeals(text, { published: "2024-01-01" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount])).toEqual([["Safran", "MA", 3e8]]);
    // offsets still point into the text as given
    const inv = deals[0].evidence.find((e) => e.field === "investor")!;
    expect(text.slice(inv.start, inv.end)).toBe("Safran");
  });
  it("leaves names with a dot alone", () => {
    const deals = extractDeals("Booking.com will invest 300 million euros in a new office in Poland.", {
      published: "2024-01-01",
    });
    expect(deals.map((d) => d.investor)).toEqual(["Booking.com"]);
  });
});

describe("members of a consortium", () => {
  it("the firms a consortium is made of are its investors, even in a sentence with no investing verb", () => {
    const got = (t: string) => extractDeals(t, { published: "2024-01-01" }).map((d) => [d.investor, d.targetCountry]);
    expect(
      got(
        "Un milliard d'euros pour le parc éolien de Lorient. La société Ventoria (consortium composé de Nordwind Capital et Halcyon Energy) poursuit le projet en France.",
      ),
    ).toEqual([
      ["Ventoria", "FR"],
      ["Nordwind Capital", "FR"],
      ["Halcyon Energy", "FR"],
    ]);
    expect(
      got(
        "El puerto de Paracas en Perú costará 200 millones de dólares. El consorcio está conformado por Andalma Holding y Ferrotec Group, según la agencia.",
      ),
    ).toEqual([
      ["Andalma Holding", "PE"],
      ["Ferrotec Group", "PE"],
    ]);
    expect(
      got(
        "O terminal em Angola custará 300 milhões de dólares. O consórcio é constituído pela Halcyon Energy e pela Nordwind Capital.",
      ),
    ).toEqual([
      ["Halcyon Energy", "AO"],
      ["Nordwind Capital", "AO"],
    ]);
    expect(
      got(
        "L'impianto in Albania costerà 200 milioni di euro. Il consorzio è formato da Nordwind Capital e Halcyon Energy.",
      ),
    ).toEqual([
      ["Nordwind Capital", "AL"],
      ["Halcyon Energy", "AL"],
    ]);
  });
  it("reads the members after a longer subject, a relative clause between the consortium and its verb", () => {
    const got = extractDeals(
      "A nova fábrica de vidro em Angola custará 300 milhões de dólares. O consórcio que vai instalar a primeira fábrica de vidro na província do Bié é constituído pela Halcyon Energy, de origem japonesa, Nordwind Capital (França) e a Ferrotec Group (Dinamarca).",
      { published: "2024-01-01" },
    ).map((d) => [d.investor, d.targetCountry]);
    expect(got).toEqual([
      ["Halcyon Energy", "AO"],
      ["Nordwind Capital", "AO"],
      ["Ferrotec Group", "AO"],
    ]);
  });
});

describe("becoming a shareholder", () => {
  it("entering a firm's shareholder base or becoming its shareholder is taking a stake", () => {
    const got = (t: string) => extractDeals(t, { published: "2024-01-01" }).map((d) => [d.investor, d.targetCountry]);
    expect(got("Andalma Holding entra en el accionariado de la promotora peruana Ferrosur.")).toEqual([
      ["Andalma Holding", "PE"],
    ]);
    expect(got("La chilena Andalma Holding se convierte en el principal accionista de la peruana Ferrosur.")).toEqual([
      ["Andalma Holding", "PE"],
    ]);
    expect(
      got("Le fonds marocain Nordwind Capital devient actionnaire de la société sénégalaise Halcyon Energy."),
    ).toEqual([["Nordwind Capital", "SN"]]);
    expect(got("A angolana Nordwind Capital torna-se acionista da portuguesa Halcyon Energy.")).toEqual([
      ["Nordwind Capital", "PT"],
    ]);
    expect(got("La tedesca Nordwind Capital entra nell'azionariato della società albanese Halcyon Energy.")).toEqual([
      ["Nordwind Capital", "AL"],
    ]);
  });
});

describe("a joint-venture partner at home", () => {
  it("a firm listed beside the investor in a joint venture's sentence keeps its record in its own home country", () => {
    const d = extractDeals(
      "La France attire les investisseurs étrangers. Le groupe taïwanais Prolium va investir 5,2 milliards d’euros à Dunkerque, dans une usine de batteries. Toujours sur le port de Dunkerque, une joint-venture entre le chinois Korvex et le français Tavrelle va donner naissance à une usine de composants pour batteries.",
      { published: "2024-05-02" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry])).toContainEqual(["Tavrelle", "FR"]);
  });
});

describe("joint-venture partners named in the next sentence", () => {
  it("firms named with 'avec' right after a sentence stating a joint venture are its partners", () => {
    const d = extractDeals(
      "Le groupe Korvex a annoncé hier avoir signé un protocole d'accord pour la création d'une coentreprise avec deux partenaires marocains afin de produire des pneus au Maroc. L'accord, signé avec Tavrelle Holdings et Zimoun Industries, vise à produire des pneus pour des camionnettes.",
      { published: "2011-04-12" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.kind])).toEqual([
      ["Korvex", "MA", "joint_venture"],
      ["Tavrelle Holdings", "MA", "joint_venture"],
      ["Zimoun Industries", "MA", "joint_venture"],
    ]);
  });
  it("a sentence after a plain commitment names no partners", () => {
    const d = extractDeals(
      "Le groupe Korvex va construire une usine de pneus au Maroc. L'accord, signé avec Tavrelle Holdings et Zimoun Industries, vise à produire des pneus pour des camionnettes.",
      { published: "2011-04-12" },
    );
    expect(d.map((x) => x.investor)).toEqual(["Korvex"]);
  });
});

describe("a purchase at home", () => {
  it("a firm buying another where the article names only the buyer's home town is a purchase in its home country", () => {
    const d = extractDeals(
      "Der Nahrungsmittelkonzern Meier & Sohn darf den Lebensmittelhersteller Bergmühle übernehmen. Die Kölner Familienholding Meier & Sohn machte keine Angaben.",
      { published: "2024-03-01" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry])).toEqual([["Meier & Sohn", "DE"]]);
  });
  it("a later sentence on the firm bought that states no deal does not make the purchase redundant", () => {
    const d = extractDeals(
      "Der Nahrungsmittelkonzern Meier & Sohn darf den Lebensmittelhersteller Bergmühle übernehmen. Die Kölner Familienholding Meier & Sohn machte keine Angaben. Bergmühle bleibe aber als Marke und Unternehmen erhalten, ein Abbau von Arbeitsplätzen sei nicht geplant, sagte Meier & Sohn.",
      { published: "2024-03-01" },
    );
    expect(d.map((x) => [x.investor, x.targetCountry])).toEqual([["Meier & Sohn", "DE"]]);
  });
});

describe("the joint amount of a joint venture", () => {
  it("gives every partner the amount a later sentence that names no firm states", () => {
    const deals = extractDeals(
      "Acme Motors signed a joint venture agreement with Beta Industries to build a battery plant in Vietnam. Construction will start in 2026 and the plant will employ 900 people. The total investment will reach $300 million.",
      { published: "2024-05-13" },
    );
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.currency])).toEqual([
      ["Acme Motors", "VN", 3e8, "USD"],
      ["Beta Industries", "VN", 3e8, "USD"],
    ]);
  });
});

describe("a list of countries that repeats its preposition", () => {
  it("gives one record per country ('au Tchad, en Angola et en Guinée', 'in Japan and in Vietnam')", () => {
    const fr = extractDeals("Le cimentier Norvel va construire des usines au Tchad, en Angola et en Guinée.", {
      published: "2024-05-01",
    });
    expect(fr.map((d) => [d.investor, d.targetCountry])).toEqual([
      ["Norvel", "TD"],
      ["Norvel", "AO"],
      ["Norvel", "GN"],
    ]);
    const en = extractDeals("Korvane Retail will open stores in Japan and in Vietnam next year.", {
      published: "2024-05-01",
    });
    expect(en.map((d) => [d.investor, d.targetCountry])).toEqual([
      ["Korvane Retail", "JP"],
      ["Korvane Retail", "VN"],
    ]);
  });
});

describe("a town's name that names a firm", () => {
  it("gives the firm's record when a descriptor noun and a subject verb frame it ('o banco Toledo inaugurou')", () => {
    const d = extractDeals(
      "O banco Toledo inaugurou em Campinas, no Brasil, um novo centro de dados de R$ 200 milhões.",
      {
        published: "2024-05-10",
      },
    );
    expect(d.map((x) => [x.investor, x.targetCountry, x.status])).toEqual([["Toledo", "BR", "completed"]]);
  });
});

describe("a town whose name another country's town bears", () => {
  it("is the twin in the country of the article's other towns when the article names no country ('Los Ángeles, cerca de Temuco')", () => {
    const target = (t: string) => extractDeals(t, { published: "2024-05-10" }).map((d) => d.targetCountry);
    expect(
      target(
        "La constructora Veltrano inauguró una planta en Los Ángeles, cerca de Temuco, con una inversión de 5 millones de dólares.",
      ),
    ).toEqual(["CL"]);
    expect(
      target(
        "La constructora Veltrano inauguró una planta en Los Ángeles, cerca de San Diego, con una inversión de 5 millones de dólares.",
      ),
    ).toEqual(["US"]);
  });
});
