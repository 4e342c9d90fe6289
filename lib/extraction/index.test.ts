import { describe, expect, it } from "vitest";
import { detectLanguage, extractDeals, findPublicationDate } from "./index";

describe("extractDeals", () => {
  it("returns nothing for empty or unrelated text", () => {
    expect(extractDeals("")).toEqual([]);
    expect(extractDeals("Das Wetter in Berlin bleibt am Wochenende sonnig und warm.")).toEqual([]);
  });

  it("reads a German commitment with amount, city, parent and date", () => {
    const text =
      "Der schwedische Möbelkonzern Nordhem will 300 Millionen Euro in ein neues Logistikzentrum in Breslau investieren. Das teilte das Unternehmen am Dienstag mit.";
    const [d, ...rest] = extractDeals(text, { published: "2024-03-15" });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      investor: "Nordhem",
      investorCountry: "SE",
      targetCountry: "PL",
      amount: 300_000_000,
      currency: "EUR",
      amountText: "300 Millionen Euro",
      status: "announced",
      announcedOn: "2024-03-12",
    });
    expect(d.facilities).toEqual([{ type: "logistics_center", city: "Breslau", name: null }]);
  });

  it("takes no foreign town from a common word of the language ('quotato in Borsa' is no Romanian town)", () => {
    const deals = extractDeals(
      "Il gruppo Norvik, quotato in Borsa, investirà 500 milioni di euro in un nuovo stabilimento.",
    );
    expect(deals.map((d) => d.targetCountry)).toEqual(["IT"]);
  });
  it("counts a country's own currency for it when the article names it only by an adjective (reais, 'brasileira')", () => {
    const deals = extractDeals(
      "A Norvik, que havia chamado um leilão para comprar 6% da Solvento Energia, acabou comprando o dobro disso, aceitando pagar R$ 1/ação a mais.\nO fundo de private equity britânico poderia fazer as compras no mercado, mas também recebeu da Tarvo uma opção de compra. A gestora brasileira tem 34,8% da empresa de energia.\nA operação – via corretora Bravo – movimentou R$ 902,5 milhões.",
    );
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Norvik", "BR"]]);
  });
  it("takes no country from a person's first name ('Dominique Laval' is no Dominica)", () => {
    const text =
      "Le groupe laitier Vercors Lait va investir 40 millions d'euros dans une nouvelle fromagerie en Isère. Le projet est soutenu par la région, précise Dominique Laval, directeur du site.";
    expect(extractDeals(text, { published: "2024-03-15" }).map((d) => d.targetCountry)).not.toContain("DM");
  });

  it("resolves the parent of a subsidiary and merges facts across sentences", () => {
    const text =
      "Kestrel Foods, a subsidiary of Harlow Group, will build a $120 million plant in Vietnam. The factory in Da Nang will open in 2026.";
    const deals = extractDeals(text, { published: "2025-02-03" });
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({
      investor: "Harlow Group",
      via: "Kestrel Foods",
      targetCountry: "VN",
      amount: 120e6,
      currency: "USD",
      kind: "greenfield",
    });
    expect(deals[0].facilities.map((f) => [f.type, f.city])).toEqual([["factory", "Da Nang"]]);
    expect(deals[0].announcedOn).toBe("2025-02-03");
  });

  it("ignores turnover, state aid and loans between states", () => {
    const text =
      "Der Maschinenbauer Fendel erzielte 2023 einen Umsatz von 2 Milliarden Euro. Die Regierung gewährte Polen einen Kredit über 500 Millionen Euro.";
    expect(extractDeals(text, { published: "2024-01-10" })).toEqual([]);
  });

  it("gives each joint-venture partner its own record", () => {
    const text =
      "Indian conglomerate Varuna Industries and Japan's Kitamura Motors formed a joint venture to build a scooter plant in Pune, India, with an investment of Rs 2,000 crore. Varuna will hold a 51% stake.";
    const deals = extractDeals(text, { published: "2024-05-10" });
    const names = deals.map((d) => d.investor).sort();
    expect(names).toEqual(["Kitamura Motors", "Varuna Industries"]);
    for (const d of deals) {
      expect(d).toMatchObject({ targetCountry: "IN", amount: 2e10, currency: "INR", kind: "joint_venture" });
      expect(d.partners).toHaveLength(1);
    }
  });

  it("marks an opened plant completed and a suggestion proposed", () => {
    const opened = extractDeals(
      "The carmaker Velox Auto opened its new $800 million factory in Kecskemét, Hungary, on Monday.",
      { published: "2024-06-05" },
    );
    expect(opened[0]).toMatchObject({
      investor: "Velox Auto",
      targetCountry: "HU",
      status: "completed",
      announcedOn: "2024-06-03",
    });
    const proposed = extractDeals("Der Minister schlug dem Konzern Orbitex vor, ein Werk in Serbien zu bauen.", {
      published: null,
    });
    expect(proposed[0]).toMatchObject({ investor: "Orbitex", targetCountry: "RS", status: "proposed" });
  });
});

describe("a firm's origin in brackets after its legal form", () => {
  it("is its home, not where it invests", () => {
    const text =
      "The plant of Haixun Optics Co., Ltd. (Hongkong) with a total investment of USD 260 million is in Que Vo Industrial Park in Vietnam.";
    expect(extractDeals(text).map((d) => `${d.investor}>${d.targetCountry}`)).toEqual(["Haixun Optics Co>VN"]);
  });
});

describe("a town of the target country is no investor", () => {
  it("drops the town, keeps a firm named after one", () => {
    const town =
      "Karo plans a platinum project in Zimbabwe. The project located in the platinum belt, west of Harare will include a coal mine and a power station to produce electricity for the smelter.";
    expect(extractDeals(town).map((d) => d.investor)).not.toContain("Harare");
    const firm = "El Grupo Tulum invertirá 600 millones de dólares en dos hoteles en México.";
    expect(extractDeals(firm).map((d) => `${d.investor}>${d.targetCountry}`)).toEqual(["Grupo Tulum>MX"]);
  });
});

describe("detectLanguage and findPublicationDate", () => {
  it("are exported", () => {
    expect(detectLanguage("The company will invest in the new plant and said that it has the money.")).toBe("en");
    expect(findPublicationDate("Wien, 2. Mai 2023 – Der Konzern")).toBe("2023-05-02");
  });
  it("weighs a stop word by how many languages share it, not by the size of its list", () => {
    // "de", "la", "en", "del" are Spanish and French (and more): they must not outvote "le", "du", "à", "selon"
    expect(
      detectLanguage(
        "QScale annonce la construction d'un centre de données à Lévis. Le projet de 867 millions de dollars sera réalisé en deux phases, selon le président de la société.",
      ),
    ).toBe("fr");
    expect(
      detectLanguage(
        "La empresa invertirá 50 millones de dólares en una nueva planta en el norte del país, según el presidente.",
      ),
    ).toBe("es");
  });
  it("knows a short Turkish filing by the words only Turkish has", () => {
    // few of the common stop words ("ve", "bir", "ile"), but "yüzde", "tarafından", "üzere", "tarihinde"
    expect(
      detectLanguage(
        "Örnek Kimya A.Ş, 3 Mart 2024 tarihinde açıklandığı üzere Delta Boya'nın yüzde 40 payının şirket tarafından alınmasını onayladı.",
      ),
    ).toBe("tr");
  });
});

describe("harder cases", () => {
  it("gives one proposed record per candidate country of a shortlist", () => {
    const text =
      "The Korean battery maker Hanseong Energy is considering Portugal, Romania and Morocco for its next plant.";
    const deals = extractDeals(text, { published: "2024-04-02" });
    expect(deals.map((d) => d.targetCountry).sort()).toEqual(["MA", "PT", "RO"]);
    for (const d of deals)
      expect(d).toMatchObject({ investor: "Hanseong Energy", status: "proposed", amount: null, investorCountry: "KR" });
  });

  it("gives every buyer of a sentence of two purchases its own record, where no country is named in it", () => {
    const text =
      "Nederlandse energiebedrijven in buitenlandse handen. De markt veranderde snel. Nedvolt werd opgekocht door het Duitse Brennwerk, en Zeestroom kwam in handen van het Zweedse Nordkraft.";
    const deals = extractDeals(text, { published: "2024-09-09" }).map((d) => `${d.investor}>${d.targetCountry}`);
    expect(deals).toContain("Brennwerk>NL");
    expect(deals).toContain("Nordkraft>NL");
  });

  it("takes the acquired company's country as the target", () => {
    const text =
      "Der Schweizer Konzern Alpwerk hat die Übernahme des französischen Ventilherstellers Soupape für 900 Millionen Euro abgeschlossen.";
    const [d] = extractDeals(text, { published: "2024-09-09" });
    expect(d).toMatchObject({
      investor: "Alpwerk",
      investorCountry: "CH",
      targetCountry: "FR",
      amount: 9e8,
      status: "completed",
      kind: "acquisition",
    });
  });

  it("splits amounts that each name their own facility", () => {
    const text =
      "Norvik plans to invest US$20 million for a new warehouse in Monterrey, Mexico, and US$12 million for a new research center.";
    const deals = extractDeals(text, { published: null });
    expect(deals.map((d) => [d.amount, d.facilities.map((f) => f.type)])).toEqual([
      [20e6, ["logistics_center"]],
      [12e6, ["rnd_center"]],
    ]);
  });

  it("keeps a past investment with its own amount apart from a new one in the same country", () => {
    const text =
      "Norvik will invest US$50 million in a new plant in Monterrey, Mexico. " +
      "Norvik has already invested US$30 million in its Mexican plants, which opened in Puebla.";
    const deals = extractDeals(text, { published: "2024-05-02" });
    expect(deals.map((d) => [d.investor, d.targetCountry, d.amount, d.status])).toEqual([
      ["Norvik", "MX", 50e6, "announced"],
      ["Norvik", "MX", 30e6, "completed"],
    ]);
  });

  it("does not give an amount to the company in another clause", () => {
    const text = "Kenia soll ein 30-Millionen-Dollar-Werk bekommen und Fruva will in Uganda investieren.";
    const [d] = extractDeals(text, { published: null });
    expect(d).toMatchObject({ investor: "Fruva", targetCountry: "UG", amount: null });
  });

  it("lists a place once when it is named twice, and a firm's name is no city", () => {
    const twice =
      "Italian drugmaker Lumio will invest 60 million euros in its factory in Campoverde di Aprilia, Italy. " +
      "The new line will be installed in the factory in Campoverde next year.";
    expect(extractDeals(twice, { published: null })[0].facilities.map((f) => [f.type, f.city])).toEqual([
      ["factory", "Campoverde di Aprilia"],
    ]);
    const firm =
      "L'azienda italiana Vestra investirà 40 milioni di euro in una nuova fabbrica a Novi Sad, in Serbia. " +
      "Il nuovo stabilimento di Vestra impiegherà 600 persone.";
    expect(extractDeals(firm, { published: null })[0].facilities.map((f) => [f.type, f.city])).toEqual([
      ["factory", "Novi Sad"],
    ]);
  });

  it("treats an invalid publication date as unknown", () => {
    const [d] = extractDeals("Velox Auto will invest $1bn in a plant in Poland.", { published: "2024-02-30" });
    expect(d.announcedOn).toBeNull();
  });
});

describe("robustness", () => {
  it("blanks very long tokens without shifting offsets", () => {
    const junk = "x".repeat(5000);
    const text = `${junk} Velox Auto will invest $1bn in a plant in Poland.`;
    const [d] = extractDeals(text, { published: "2024-05-02" });
    expect(d.investor).toBe("Velox Auto");
    const span = d.evidence.find((e) => e.field === "amount" && e.end - e.start < 10)!;
    expect(text.slice(span.start, span.end)).toBe("$1bn");
  });
});

describe("other languages through lexicons", () => {
  it("reads a Turkish announcement", () => {
    const [d] = extractDeals(
      "Turkcell, Türkiye'nin önde gelen operatörü, Ankara'da 500 milyon TL'lik yeni bir veri merkezi kuracak.",
      { published: "2024-03-01" },
    );
    expect(d).toMatchObject({
      investor: "Turkcell",
      targetCountry: "TR",
      amount: 5e8,
      currency: "TRY",
      status: "announced",
    });
    expect(d.facilities.map((f) => [f.type, f.city])).toEqual([["data_center", "Ankara"]]);
  });

  it("reads an Italian acquisition", () => {
    const [d] = extractDeals(
      "Il gruppo francese Lactor ha acquisito il 100% della società italiana Caseificio Alto per 200 milioni di euro.",
      { published: "2019-06-04" },
    );
    expect(d).toMatchObject({
      investor: "Lactor",
      investorCountry: "FR",
      targetCountry: "IT",
      amount: 2e8,
      currency: "EUR",
      status: "completed",
      kind: "acquisition",
    });
  });

  it("reads a Spanish plan with 'ayer'", () => {
    const [d] = extractDeals(
      "Farmavida invertirá 1.000 millones de euros en una nueva planta en Francia, según informó ayer la farmacéutica.",
      { published: "2020-06-17" },
    );
    expect(d).toMatchObject({
      investor: "Farmavida",
      targetCountry: "FR",
      amount: 1e9,
      currency: "EUR",
      announcedOn: "2020-06-16",
      status: "announced",
    });
  });

  it("reads an Italian descriptor typed with an apostrophe for its accent, and a city's name that opens a person's", () => {
    const deals = extractDeals(
      "Notizie dalla regione. Il progetto della societa’ Verdolina, che prevede un investimento di 80 milioni di euro, e' approvato. Lo afferma il presidente della Regione Rosario Bellanca.",
    );
    expect(deals.map((d) => [d.investor, d.targetCountry])).toContainEqual(["Verdolina", "IT"]);
    expect(deals.map((d) => d.targetCountry)).not.toContain("AR");
  });

  it("reads the French near future 'va construire' after an unknown name opening the sentence", () => {
    const deals = extractDeals("Nouvelles de l'industrie. Morvani Lunel va construire une usine au Sénégal.");
    expect(deals.map((d) => [d.investor, d.targetCountry])).toEqual([["Morvani Lunel", "SN"]]);
  });
});

describe("an amount with no currency anywhere in the article", () => {
  it("is in the target country's money", () => {
    const [d] = extractDeals(
      "De Duitse chemiereus BASF gaat meer dan een half miljard investeren in de site in Antwerpen. De werken starten volgend jaar.",
    );
    expect(d.investor).toBe("BASF");
    expect(d.targetCountry).toBe("BE");
    expect([d.amount, d.currency]).toEqual([5e8, "EUR"]);
  });
});

describe("a headline with an amount but no firm", () => {
  it("speaks of the article's first named investor", () => {
    const text =
      "Chinese firm to build 240 mln USD glass plant in Kenya\n\n" +
      "NAIROBI, March 3 -- A groundbreaking ceremony was held on Tuesday near the capital. " +
      "Hubei Qianjin Glass will build the float glass plant in an industrial park near Nairobi, officials said. " +
      "The plant is expected to employ 800 people.";
    const deals = extractDeals(text, { published: "2024-03-05" });
    const d = deals.find((x) => x.investor === "Hubei Qianjin Glass");
    expect(d?.targetCountry).toBe("KE");
    expect([d?.amount, d?.currency]).toEqual([2.4e8, "USD"]);
  });
  it("and so does an opening sentence that speaks of the company before naming it", () => {
    const text =
      "Welsh factory to add 120 jobs\n\n" +
      "The company is investing £12 million into the factory near Newport, with support from the Welsh Government. " +
      "Production of aluminium window frames will start next year. " +
      "Alutec Profiles will build a second production hall at the site in Newport.";
    const d = extractDeals(text, { published: "2024-03-05" }).find((x) => x.investor === "Alutec Profiles");
    expect([d?.amount, d?.currency]).toEqual([1.2e7, "GBP"]);
  });
  it("and so does an opening sentence whose subject is the investment itself", () => {
    const text =
      "12 marzo 2023 - L'investimento è di 45 milioni di euro e creerà 300 posti di lavoro in Polonia, vicino a Breslavia. " +
      "Il nuovo stabilimento del gruppo Ferrovelli produrrà componenti per freni. " +
      "La produzione partirà nel 2025.";
    const d = extractDeals(text, { published: "2023-03-12" }).find((x) => x.investor === "Ferrovelli" && x.amount);
    expect([d?.targetCountry, d?.amount, d?.currency]).toEqual(["PL", 4.5e7, "EUR"]);
  });
  it("also when the investment opens the sentence with a capital ('Inwestycja kosztowała …')", () => {
    const text =
      "Inwestycja zrealizowana na Pomorzu kosztowała ponad 80 milionów złotych. " +
      "Farma wiatrowa jest jedną z ostatnich, jakie Wiatrolex zbuduje w Polsce.";
    const d = extractDeals(text, { published: "2024-05-10" }).find((x) => x.investor === "Wiatrolex" && x.amount);
    expect([d?.targetCountry, d?.amount, d?.currency]).toEqual(["PL", 8e7, "PLN"]);
  });
});

describe("a bare year in an article with no publication date", () => {
  it("is no announcement date beside a plan: it is the plan's deadline", () => {
    const [d] = extractDeals(
      "La cadena hotelera gallega Oca abrirá en 2028 un hotel de 40 millones de euros en Oporto. El establecimiento tendrá 150 habitaciones.",
    );
    expect([d.investor, d.status, d.announcedOn]).toEqual(["Oca", "announced", null]);
  });
  it("dates what is done", () => {
    const [d] = extractDeals(
      "Der Autozulieferer Brenntec hat im Jahr 2019 für 80 Millionen Euro ein Werk in Pilsen gekauft. Dort arbeiten 300 Menschen.",
    );
    expect([d.status, d.announcedOn]).toEqual(["completed", "2019"]);
  });
});
