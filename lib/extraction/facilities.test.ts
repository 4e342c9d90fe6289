import { describe, expect, it } from "vitest";
import { findFacilities } from "./facilities";

const types = (text: string, lang: string | null) => findFacilities(text, lang).map((f) => [f.type, f.city]);

describe("findFacilities", () => {
  it("German workshops in -erei ('Käserei', 'Spinnerei') are factories", () => {
    expect(types("Die Firma baut eine neue Käserei und eine Spinnerei in Vorarlberg.", "de").map((t) => t[0])).toEqual([
      "factory",
      "factory",
    ]);
  });
  it("English: money 'in the production of' goods or 'to manufacture' them is for a factory", () => {
    expect(types("Acme will invest $40 million in the production of electric buses.", "en")).toEqual([
      ["factory", null],
    ]);
    expect(types("Acme will spend $40 million to manufacture batteries.", "en")).toEqual([["factory", null]]);
  });
  it("production installations ('installations de production', 'instalaciones industriales') are factories", () => {
    const first = (text: string, lang: string) => types(text, lang).map((t) => t[0]);
    expect(first("Acme injectera 70 millions dans ses installations de production d'acier.", "fr")).toEqual([
      "factory",
    ]);
    expect(first("Acme modernizará sus instalaciones industriales.", "es")).toEqual(["factory"]);
    expect(first("A Acme vai ampliar as suas instalações fabris.", "pt")).toEqual(["factory"]);
  });
  it("French: production and manufacturing sites, complexes, installations and workshops are factories", () => {
    for (const t of [
      "remplacera deux fours à ses installations de production d'acier",
      "la mise en place d’un complexe de fabrication d’équipements ferroviaires",
      "un nouvel atelier de montage de moteurs",
      "une unité de fabrication de tubes",
    ])
      expect(types(t, "fr").map((x) => x[0])).toEqual(["factory"]);
  });
  it("German production sites ('Betriebsstätte', 'Herstellungsbetrieb', 'Produktionen') are factories", () => {
    const first = (text: string) => types(text, "de").map((t) => t[0]);
    expect(first("Acme baut eine neue Betriebsstätte für Steckverbinder.")).toEqual(["factory"]);
    expect(first("Die Investition umfasst einen Herstellungsbetrieb für Impfstoffe.")).toEqual(["factory"]);
    expect(first("Die Gruppe übernimmt zwei Dämmstoffproduktionen.")).toEqual(["factory"]);
  });
  it("Polish: fuel stations, data centres in the genitive plural, a cloud region, a logistics centre, breweries", () => {
    const first = (text: string) => types(text, "pl").map((t) => t[0]);
    expect(first("Firma przejmie 400 stacji paliw.")).toEqual(["retail"]);
    expect(first("Spółka rozwija portfel centrów danych.")).toEqual(["data_center"]);
    expect(first("Koncern uruchomi region przetwarzania danych.")).toEqual(["data_center"]);
    expect(first("Firma zbuduje centrum logistyki.")).toEqual(["logistics_center"]);
    expect(first("Grupa z browarami w trzech miastach.")).toEqual(["factory"]);
  });
  it("Dutch: wind turbines, a city's port, tank terminals and compound hotels", () => {
    const first = (text: string) => types(text, "nl").map((t) => t[0]);
    expect(first("Het bedrijf neemt 32 windmolens over.")).toEqual(["energy"]);
    expect(first("De groep investeert in de Antwerpse haven.")).toEqual(["infrastructure"]);
    expect(first("Acme bouwt een opslagtankterminal.")).toEqual(["infrastructure"]);
    expect(first("In Huizen is een driesterrenhotel geopend.")).toEqual(["real_estate"]);
    expect(types("The island is a tax haven.", "en")).toEqual([]);
  });
  it("splits a German ellipsis into two facilities with the same city", () => {
    expect(types("Geplant sind ein Rechen- und Logistikzentrum in Bursa.", "de")).toEqual([
      ["data_center", "Bursa"],
      ["logistics_center", "Bursa"],
    ]);
  });

  it("types German compounds", () => {
    expect(types("die dritte Tesla-Fabrik in Europa", "de")).toEqual([["factory", null]]);
    expect(types("ein neues Exportzentrum in Izmir", "de")).toEqual([["export_center", "Izmir"]]);
    expect(types("ein Forschungs- und Entwicklungszentrum in Graz", "de").map((t) => t[0])).toContain("rnd_center");
  });

  it.each([
    ["a new fulfilment centre in Leeds", "en", "logistics_center", "Leeds"],
    ["a solar park near Seville", "en", "energy", "Seville"],
    ["four operational solar photovoltaic plants in Seville", "en", "energy", "Seville"],
    ["an assembly plant in Nitra", "en", "factory", "Nitra"],
    ["eine neue Werkshalle in Stadtallendorf", "de", "factory", "Stadtallendorf"],
    ["a site for the production of cables in Tangier", "en", "factory", "Tangier"],
    ["de bouw van een derde productielijn in Beerse", "nl", "factory", "Beerse"],
    ["a deepwater port in Callao", "en", "infrastructure", "Callao"],
    ["the copper mine at Antofagasta", "en", "mine", "Antofagasta"],
    ["a regional headquarters in Dubai", "en", "office", "Dubai"],
    ["une nouvelle usine à Lyon", "fr", "factory", "Lyon"],
    ["una planta de montaje en Valencia", "es", "factory", "Valencia"],
    ["un nuovo polo logistico a Piacenza", "it", "logistics_center", "Piacenza"],
    ["a hyperscale data center in Frankfurt", "en", "data_center", "Frankfurt"],
  ])("%s", (text, lang, type, city) => {
    expect(types(text, lang)).toEqual([[type, city]]);
  });

  it.each([
    ["fr", "construira une centrale solaire et un centre commercial", ["energy", "retail"]],
    ["es", "levantará una planta fotovoltaica y un centro de distribución", ["energy", "logistics_center"]],
    ["it", "un impianto fotovoltaico e un centro commerciale", ["energy", "retail"]],
    ["pt", "um gasoduto e um hipermercado", ["infrastructure", "retail"]],
    ["tr", "rüzgar enerji santrali ve alışveriş merkezi", ["energy", "retail"]],
    ["pl", "gazociąg i galeria handlowa oraz linia produkcyjna", ["infrastructure", "retail", "factory"]],
    ["nl", "een kolencentrale en een winkelcentrum", ["energy", "retail"]],
    ["de", "ein Paketzentrum und eine Photovoltaikanlage", ["logistics_center", "energy"]],
    ["en", "a parcel hub, a hydroelectric dam and a steel mill", ["logistics_center", "energy", "factory"]],
    ["nl", "om de productiecapaciteit op zijn site in Puurs te vergroten", ["factory"]],
    ["es", "ampliar su capacidad de producción", ["factory"]],
    ["tr", "üretim kapasitesini artıracak", ["factory"]],
    ["es", "un centro logístico cercano al puerto de Callao", ["logistics_center"]],
    ["fr", "une usine à proximité du port de Dunkerque", ["factory"]],
    ["nl", "een distributiecentrum langs de snelweg A12", ["logistics_center"]],
    ["en", "a hotel close to the new airport", ["real_estate"]],
    ["es", "dos hoteles en Cancún y uno en Puerto Morelos", ["real_estate"]],
    ["pt", "novos hotéis em Aveiro, Porto e Coimbra", ["real_estate", "real_estate", "real_estate"]],
    ["it", "un nuovo porto turistico a Porto Torres", ["infrastructure"]],
    ["it", "Katara, con sede a Doha, compra un hotel a Roma", ["real_estate"]],
    ["pl", "spółka z siedzibą w Warszawie buduje magazyn", ["logistics_center"]],
    ["pt", "a Unifi, com sede nos Estados Unidos, investe numa fábrica", ["factory"]],
    ["en", "a plant by a group with offices in 20 countries", ["factory"]],
    ["en", "a new slaughterhouse and a cement works", ["factory", "factory"]],
    ["de", "ein neuer Schlachthof und ein Zementwerk", ["factory", "factory"]],
    ["fr", "un abattoir et une cimenterie", ["factory", "factory"]],
    ["es", "un nuevo matadero y una acería", ["factory", "factory"]],
    ["it", "un nuovo cementificio e un caseificio", ["factory", "factory"]],
    ["pt", "um frigorífico e uma cimenteira", ["factory", "factory"]],
    ["nl", "Vion neemt het slachthuis over", ["factory"]],
    ["pl", "nowa cementownia i rzeźnia", ["factory", "factory"]],
    ["tr", "yeni bir mezbaha kuracak", ["factory"]],
    ["es", "Walmart, con cerca de 2.300 tiendas, abrirá una planta", ["factory"]],
    ["fr", "le distributeur, avec 127 magasins, ouvrira un entrepôt", ["logistics_center"]],
    ["it", "Orlean vince la gara per l'interporto di Venezia", ["logistics_center"]],
    ["it", "un maxi-polo della logistica da 50 milioni", ["logistics_center"]],
    ["es", "construirá un puerto seco en Coahuila", ["logistics_center"]],
    ["en", "a dry port and a storage facility", ["logistics_center", "logistics_center"]],
    ["tr", "fabrikası ve depolama alanı", ["factory", "logistics_center"]],
    ["it", "la costruzione di 80mila metri quadrati di spazi logistici", ["logistics_center"]],
    ["it", "un nuovo parco logistico e un centro di smistamento", ["logistics_center", "logistics_center"]],
  ])("types the common facility words of %s", (lang, text, want) => {
    expect(findFacilities(text, lang).map((f) => f.type)).toEqual(want);
  });

  it("reads German branch shops as retail", () => {
    expect(types("Die Kette eröffnet 14 neue Drogerie-Filialen in Kroatien.", "de").map((t) => t[0])).toEqual([
      "retail",
    ]);
  });

  it("does not read a French 'filiale' (a subsidiary) as a German branch shop", () => {
    expect(types("Saham reprend trois autres filiales de la banque.", "fr")).toEqual([]);
  });

  it("does not read a term, a chain or an industry as a site", () => {
    expect(types("op korte termijn een nieuwe fabriek in Venlo", "nl").map((t) => t[0])).toEqual(["factory"]);
    expect(types("de supermarktketen opent een distributiecentrum", "nl").map((t) => t[0])).toEqual([
      "logistics_center",
    ]);
    expect(types("madencilik sektöründe faaliyet gösteren şirket", "tr")).toEqual([]);
    expect(types("een nieuwe kolenmijn in Limburg", "nl").map((t) => t[0])).toEqual(["mine"]);
  });

  it("does not read the German verb 'plant' or words inside other words", () => {
    expect(findFacilities("Der Konzern plant eine Expansion", "de")).toEqual([]);
    expect(findFacilities("ease of doing business in the region", "en")).toEqual([]);
  });

  it("gives null for a country after the facility word", () => {
    expect(types("a battery factory in Hungary", "en")).toEqual([["factory", null]]);
  });
});

describe("city placement", () => {
  it("reads a city named before the facility word", () => {
    expect(findFacilities("Renault will expand its Tangier plant", "en").map((f) => f.city)).toEqual(["Tangier"]);
    expect(
      findFacilities("Il gruppo ha aperto a Torino un nuovo centro di ricerca", "it").map((f) => [f.type, f.city]),
    ).toEqual([["rnd_center", "Torino"]]);
    expect(findFacilities("Şirket Ankara'da yeni bir veri merkezi kuracak", "tr").map((f) => [f.type, f.city])).toEqual(
      [["data_center", "Ankara"]],
    );
  });

  it("lists one facility per named city", () => {
    expect(findFacilities("new warehouses in Leeds and Coventry", "en").map((f) => f.city)).toEqual([
      "Leeds",
      "Coventry",
    ]);
    expect(findFacilities("plants in Mogi Mirim, Descalvado and Guararema", "en").map((f) => f.city)).toEqual([
      "Mogi Mirim",
      "Descalvado",
      "Guararema",
    ]);
    expect(
      findFacilities("linhas de produção em Caçapava (SP), Vila Velha (ES) e Marília (SP)", "pt").map((f) => f.city),
    ).toEqual(["Caçapava", "Vila Velha", "Marília"]);
    expect(findFacilities("a new plant in Monterrey, Nuevo León", "en").map((f) => f.city)).toEqual(["Monterrey"]);
  });
});

describe("mining words", () => {
  it("reads mining operations, deposits and metal projects as mines in four languages", () => {
    for (const [text, lang] of [
      ["Mopani will invest $1.3 billion in its mining operations in Zambia.", "en"],
      ["La empresa invertirá en el yacimiento de litio de Jujuy.", "es"],
      ["Le groupe exploitera le gisement de bauxite de Boké.", "fr"],
      ["A Vale investirá em projetos de cobre no Pará.", "pt"],
    ] as const)
      expect(findFacilities(text, lang).map((f) => f.type)).toContain("mine");
  });
});

describe("cloud infrastructure", () => {
  it("reads cloud (and AI) infrastructure as data centres", () => {
    expect(
      findFacilities(
        "The company would invest around RM10.46 billion in Malaysia in cloud and AI infrastructure.",
        "en",
      ).map((f) => f.type),
    ).toEqual(["data_center"]);
    expect(
      findFacilities(
        "NorthMark announced a $2.8 billion investment to build a supercomputing facility in South Carolina.",
        "en",
      ).map((f) => f.type),
    ).toEqual(["data_center"]);
  });
});

describe("money put into a site", () => {
  it("reads a generic facility that an investment goes into as a plant", () => {
    const f = findFacilities(
      "Cyclic Materials announced a $20 million investment in its first U.S.-based commercial facility, located in Mesa, Arizona.",
      "en",
    );
    expect(f.map((x) => x.type)).toEqual(["factory"]);
    expect(findFacilities("The company has facilities in Mesa, Arizona.", "en")).toEqual([]);
  });
});

describe("French sites and units built or invested in", () => {
  it("reads 'un site' or 'une unité' that is built or invested in as a plant", () => {
    expect(types("Le groupe investira dans son site de Montreuil.", "fr")).toEqual([["factory", null]]);
    expect(types("La société construira une nouvelle unité à Kénitra.", "fr")).toEqual([["factory", "Kénitra"]]);
    expect(findFacilities("Le groupe exploite un site à Montreuil.", "fr")).toEqual([]);
    expect(findFacilities("Le groupe investira dans son site internet.", "fr")).toEqual([]);
  });
});

describe("German sites invested in", () => {
  it("reads 'an seinen Standorten in … investieren' as plants", () => {
    const f = findFacilities(
      "Der Zulieferer ZF wird an seinen Standorten in Kecskemét und Debrecen 24 Milliarden HUF investieren.",
      "de",
    );
    expect(f.map((x) => x.type)).toEqual(["factory"]);
    expect(findFacilities("Der Zulieferer ZF hat Standorte in Kecskemét und Debrecen.", "de")).toEqual([]);
  });
  it("reads a site that is to arise ('entstehen') as a plant", () => {
    const f = findFacilities("Zwei weitere Anlagen sollen in Musterstadt und in Beispielheim entstehen.", "de");
    expect(f.map((x) => x.type)).toEqual(["factory"]);
    expect(findFacilities("Die Anlagen in Musterstadt laufen gut.", "de")).toEqual([]);
  });
});

describe("breweries", () => {
  it.each([
    ["nl", "AB InBev gaat een nieuwe brouwerij bouwen in Tanzania."],
    ["en", "Heineken will build a new brewery in Mozambique."],
    ["de", "Die Brauerei in Radeberg wird erweitert."],
  ])("%s: %s is a factory", (lang, text) => {
    expect(findFacilities(text, lang, 0).map((f) => f.type)).toEqual(["factory"]);
  });
});

describe("industrial complexes, mills and compound plants", () => {
  it.each([
    ["eine neue Käseproduktionsanlage in Wels", "de", "factory"],
    ["eine Getränkeabfüllanlage bei Linz", "de", "factory"],
    ["a petrochemical complex in Jubail", "en", "factory"],
    ["un complejo siderúrgico en Chimbote", "es", "factory"],
    ["un complexe sidérurgique à Annaba", "fr", "factory"],
    ["deux moulins à Dakar", "fr", "factory"],
    ["un complesso siderurgico a Taranto", "it", "factory"],
    ["um complexo petroquímico em Camaçari", "pt", "factory"],
    ["kompleks petrochemiczny w Płocku", "pl", "factory"],
    ["petrokimya kompleksi", "tr", "factory"],
    ["dwóch centrów handlowych we Wrocławiu", "pl", "retail"],
  ])("%s", (text, lang, type) => {
    expect(types(text, lang).map((t) => t[0])).toContain(type);
  });
});

describe("a capitalized facility word in mid-sentence is part of a name", () => {
  it.each([
    ["A fábrica será construída em Uberaba, no estado de Minas Gerais.", "pt", ["factory"]],
    ["O acordo foi firmado no Ministério de Minas e Energia.", "pt", []],
    ["L'intesa è stata firmata alla presenza degli ambasciatori presso la Santa Sede.", "it", []],
    ["Sono presenti gli Uffici Consolari e una nuova fabbrica a Bari.", "it", ["factory"]],
    ["La empresa tiene su base en Puerto Madero y abrirá un almacén.", "es", ["logistics_center"]],
  ])("%s", (text, lang, want) => {
    expect(types(text, lang).map((t) => t[0])).toEqual(want);
  });

  it("keeps a site titled after 'new' ('do novo Centro de Distribuição')", () => {
    expect(types("Ele visitou as obras do novo Centro de Distribuição da empresa.", "pt").map((t) => t[0])).toEqual([
      "logistics_center",
    ]);
  });
});
