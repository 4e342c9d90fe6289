import { describe, expect, it } from "vitest";
import { extractDeals } from "./index";
import { fold } from "./normalize";
import { findPercents, kindCues, kindOf, statusOf } from "./status-kind";

describe("statusOf", () => {
  it.each([
    ["The company will invest in a new plant", "en", "announced"],
    ["Der Konzern plant ein neues Werk", "de", "announced"],
    ["The plant was opened on Monday", "en", "completed"],
    ["Das Werk wurde eröffnet", "de", "completed"],
    // "einweihen" is to open; "bezahlte" is a purchase paid
    ["Gestern hat der Hersteller in seinem Werk eine neue Maschinenstraße eingeweiht", "de", "completed"],
    ["Der Verband weihte am Montag das neue Werk in Kaunitz ein", "de", "completed"],
    ["Der Küchenhersteller bezahlte 45 Millionen Euro für seinen neuen Betrieb", "de", "completed"],
    // the participle before its auxiliary (verb-second inversion) is done; the present tense is the plan
    ["Investiert wurden dort rund 12 Millionen Euro", "de", "completed"],
    ["Der Möbelhersteller Beispiel investiert 12 Millionen Euro in eine neue Halle", "de", "announced"],
    ["Damals nahmen die Chinesen rund 160 Millionen Dollar in die Hand", "de", "completed"],
    // a participle before "werden" is a passive still to come
    ["Bis März sollen jedoch nun neue Supermärkte in Bukarest, Sathmar und Buzău eröffnet werden", "de", "announced"],
    ["Darüber hinaus soll ein Forschungs- und Entwicklungszentrum eröffnet werden", "de", "announced"],
    ["The plant was built by PT Gunbuster Nickel Indonesia", "en", "completed"],
    // what a firm already owns, in a relative clause, says nothing of the new deal
    ["Hutchison Whampoa, which owns Three, will pay Telefonica £9.25bn for O2", "en", "announced"],
    ["Zakład w Kaliszu został w 2023 roku przejęty przez ukraińską firmę", "pl", "completed"],
    ["De vorige eigenaren betaalden 2 miljard euro voor het bedrijf", "nl", "completed"],
    ["La división mexicana de Wal-Mart, adquirida en 1997, es la más grande", "es", "completed"],
    // the German verb bracket can hold a long middle field
    [
      "In eine neue Anlage zur kontinuierlichen Fertigung hat das Pharma-Unternehmen Pfizer 50 Millionen Euro am Standort Freiburg investiert",
      "de",
      "completed",
    ],
    [
      "Die Anlage wurde zwischen Mai 2015 und März 2016 mit einem Investitionsvolumen von 7 Milliarden Yen (rund 57 Millionen Euro) errichtet",
      "de",
      "completed",
    ],
    ["The group has acquired the rival", "en", "completed"],
    ["The minister suggested the carmaker build a plant", "en", "proposed"],
    ["Erdoğan lud den Unternehmer ein und schlug ihm vor, ein Werk zu bauen", "de", "proposed"],
    ["The country is a candidate for the next factory", "en", "proposed"],
    ["Around $500 million will be invested there", "en", "announced"],
    ["La empresa invertirá 40 millones", "es", "announced"],
    ["İsviçreli Schindler Türk asansör firması Omsan'ı satın alarak bünyesine katmıştı", "tr", "completed"],
    ["Borin Holding, enerji iştirakinin yarısını Acme Fonu'na sattı", "tr", "completed"],
    ["a conclusão da aquisição das empresas Iberol e Biovegetal pela Reagro", "pt", "completed"],
    ["tras el cierre de la compra de la cadena por el fondo", "es", "completed"],
    ["PAI Partners cerró en julio la compra de la compañía Áreas", "es", "completed"],
    ["la compañía Permira ha comprado la Laureate International Universities", "es", "completed"],
    ["Le groupe a pris le contrôle de la société", "fr", "completed"],
    ["Il gruppo ha perfezionato l'acquisizione del marchio", "it", "completed"],
    ["A empresa fechou a compra da rival", "pt", "completed"],
    ["The fund took over the port operator last year", "en", "completed"],
    [
      "des Spielzeugherstellers LEGO, der über 1,2 Milliarden Euro in eine neue Fabrik in Vietnam investiert hat",
      "de",
      "completed",
    ],
    ["La compañía china Tianqi concretó la compra del 24% de SQM", "es", "completed"],
    ["le saoudien Spimaco qui vient d'inaugurer une unité à Berrechid", "fr", "completed"],
    // the typographic apostrophe is the same word
    ["Dräxlmaier vient d’inaugurer une nouvelle unité de production à Siliana", "fr", "completed"],
    ["Piaggio Vietnam aveva investito inizialmente, nel 2009, in un impianto", "it", "completed"],
    ["L'investimento è stato di 10 milioni di euro e darà lavoro a 600 persone", "it", "completed"],
    ["La prima acquisizione è stata ufficializzata mercoledì sera", "it", "completed"],
    ["I due soci hanno investito 40 milioni nella fabbrica", "it", "completed"],
    ["I marchi sono entrati a far parte del fondo statunitense", "it", "completed"],
    ["Value8 heeft een belang van 26 procent verworven in Sucraf", "nl", "completed"],
    ["Za stacje Orlen zapłacił przed 12 laty 140 mln euro", "pl", "completed"],
    // land bought for a site the same clause still plans is a step of the plan; land bought alone is done
    [
      "Google said it had acquired 11 acres of land in Profile Park for the facility, which is expected to be around 30,000 square metres",
      "en",
      "announced",
    ],
    ["Azjatycki gigant kupił 30 hektarów gruntu za 36 mln zł i przewiduje produkcję opon", "pl", "announced"],
    ["Manisa'da arazi satın alan Japon firma, 30 milyon dolar yatırımla yeni ürünleri üretecek", "tr", "announced"],
    ["The developer bought the land in 2010", "en", "completed"],
    // a present or future passive of buying or opening is not done yet
    ["When completed, it is expected that the plant will produce wagons for the rail line", "en", "announced"],
    // an investment "carried out by" the firm, one "built at a cost of": done
    ["l'investimento nel complesso eolico di Aroeira, realizzato da Enel", "it", "completed"],
    ["la inversión realizada por Iberdrola en la planta", "es", "completed"],
    ["O investimento realizado pela Nestlé na fábrica", "pt", "completed"],
    ["l'investissement réalisé par Renault à Tanger", "fr", "completed"],
    ["Acme s'est porté acquéreur du câblodistributeur Delta pour 1,3 milliard", "fr", "completed"],
    ["l'usine Acme Production s'est tout récemment implantée dans le pays", "fr", "completed"],
    ["Acme et Delta ouvrent une usine à Abidjan", "fr", "completed"],
    ["Türkiye’nin en büyük güneş enerjisi yatırımını gerçekleştiren Kalyon Grubu", "tr", "completed"],
    ["nową linię produkcyjną swojego zakładu w Kijowie, zbudowaną kosztem 40 mln euro", "pl", "completed"],
    ["Rotterdam Shortsea Terminals wordt overgenomen door Blue Ocean Capital", "nl", null],
    ["Op 10 juni wordt het kantoor van ABN Amro geopend", "nl", null],
    ["Die Sparte wird von Siemens übernommen", "de", "announced"],
    ["La filiale sera rachetée par le groupe Danone", "fr", null],
    // a bid is the bidder's own commitment (SPEC: "proposed" is what others suggest or what is still considered): no
    // proposal
    ["a consortium that is preparing a £2 billion ($3 billion) offer for London City Airport", "en", null],
    ["it placed a bid to buy a 15 percent stake in the airport operator", "en", null],
    ["Le groupe a déposé une offre de rachat sur le numéro trois de l'énergie", "fr", null],
    ["Banka, hisselerin tamamını almak için 2 milyar avro teklif verdi", "tr", null],
    ["podpisał list intencyjny z duńskim Ørsted w celu budowy farm wiatrowych", "pl", "proposed"],
    ["D’autres projets en voie de maturation dont l’usine Peugeot en Algérie", "fr", "proposed"],
    ["Chery gibi markalarla görüşmelerin sürdüğünü belirten Kacır", "tr", "proposed"],
    ["Alman şirket, fabrikayı almak için sahibiyle masaya oturdu", "tr", "proposed"],
    // weighing, studying, looking for a site, talks in every form: still a plan under consideration
    ["El grupo automovilístico baraja abrir una tercera planta en Aragón", "es", "proposed"],
    ["Una naviera danesa propone invertir en la ampliación del puerto", "es", "proposed"],
    ["Le cimentier étudie de nouvelles implantations en Afrique de l'Ouest", "fr", "proposed"],
    ["Sieci handlowe szukają w Poznaniu miejsca na nowe centra", "pl", "proposed"],
    ["Şirketin yeni fabrika için bakanlıkla görüştüğü belirtildi", "tr", "proposed"],
    ["Japon grup, liman yatırımı için görüşmelerine hız verdi", "tr", "proposed"],
    ["O acordo resultou na criação de uma nova empresa no Japão", "pt", "completed"],
    ["A fabricante ampliou a unidade de Curitiba no ano passado", "pt", "completed"],
    ["A fábrica entrou em operação em março", "pt", "completed"],
    ["Anlaşma sağlanırsa şirket Türkiye’deki ilk yatırımını yapmış olacak", "tr", "proposed"],
    ["Holding, limanın işletmesine talip oldu", "tr", "proposed"],
    // talks sped up or held, "in talks with", "looking for a partner"
    ["Japon firma, fabrika için görüşmelerini hızlandırdı", "tr", "proposed"],
    ["Holding, otelin satışı için Körfez fonuyla görüştüğünü açıkladı", "tr", "proposed"],
    ["İlaç devi Türkiye'de ortaklık için şirket arıyor", "tr", "proposed"],
    // wants to, in talks for, should it be completed
    ["Alman grup, satın almak istediği ambalaj firmasını ziyaret etti", "tr", "proposed"],
    ["Limanı işletmek için görüşmede Türk tarafında bir holding bulunuyor", "tr", "proposed"],
    ["Projelerin tamamlanması halinde yatırım 700 milyon dolara çıkacak", "tr", "proposed"],
    // a stake bought, the buyer as a participle, full ownership taken, an opening held
    ["Çinli şirket, santralin yüzde 50'lik hissesini aldı", "tr", "completed"],
    ["Dün şeker fabrikasını satın alan holding yeni bir hamle yaptı", "tr", "completed"],
    ["Grup, enerji santralinde tam mülkiyet sağladı", "tr", "completed"],
    ["Bugün fabrikanın açılışını gerçekleştiriyoruz", "tr", "completed"],
    // a bid the investor itself makes is its own commitment: no proposal cue (the record's default, announced)
    ["Alman banka, hisselerin tamamı için 2 milyar avro teklif verdi", "tr", null],
    ["Le groupe a déposé une offre de rachat sur le producteur d'énergie", "fr", null],
    // an opening ceremony is an opening done
    ["Alabama Governor Kay Ivey joined HMMA in a celebration of the grand opening of the plant", "en", "completed"],
    ["annunciando l’inaugurazione di un nuovo stabilimento di produzione a Bloomington", "it", "completed"],
    ["O governador participou da inauguração do novo Centro de Distribuição da Amazon", "pt", "completed"],
    ["Los trabajadores asistieron a la inauguración de la planta de Valladolid", "es", "completed"],
    ["Le ministre a assisté à l'inauguration de l'usine de Tanger", "fr", "completed"],
    ["Genel Müdür, tesisin açılış töreninde konuştu", "tr", "completed"],
    ["Na uroczyste otwarcie zakładu przyjechał minister", "pl", "completed"],
    // past forms a list lacked: a passive and converbs of buying, a participle of founding, acquiring, finalizing,
    // becoming the owner, pay-outs, putting a hand on, taking back, a perfect of enlarging
    ["OBA, Filiz gibi makarna markaları İtalyan Barilla ve Japon Nissin tarafından satın alındı", "tr", "completed"],
    ["Elektroteks, Alman devi Mammut’u bünyesine katarak Avrupa'daki varlığını güçlendirdi", "tr", "completed"],
    ["Akra’da 25 milyon dolarlık yatırımla kurulan altın rafinerisi", "tr", "completed"],
    ["PESA Bydgoszcz sfinalizował przejęcie 100 proc. udziałów niemieckiej spółki HeiterBlick", "pl", "completed"],
    ["Fundusz NEPI Rockcastle został nowym właścicielem galerii Magnolia Park", "pl", "completed"],
    ["Su markasının yeni sahibi Sırp şirketi oldu", "tr", "completed"],
    ["The Gulf fund became the new owner of the hotel chain", "en", "completed"],
    ["Die Beteiligungsgesellschaft ist neuer Eigentümer des Hafens", "de", "completed"],
    ["El fondo se convirtió en el nuevo propietario del centro comercial", "es", "completed"],
    ["Le fonds est devenu le nouveau propriétaire de l'hôtel", "fr", "completed"],
    ["Il fondo è diventato il nuovo proprietario dell'albergo", "it", "completed"],
    // an adverb between the auxiliary and the participle; a sale that "was"; a passive or infinitive still to come
    ["La società svedese ha da poco acquistato l'italiana Acme", "it", "completed"],
    ["Lo scorso anno c'è stata la vendita della catena Beta alla multinazionale Gamma", "it", "completed"],
    ["L'ultimo è stato il passaggio nelle mani dei giapponesi di Delta", "it", "completed"],
    ["Il nuovo stabilimento dovrebbe essere inaugurato nel 2026", "it", null],
    // an interest or a wish to invest is a proposal, not yet a plan
    ["Il gruppo americano è fortemente interessato a insediarsi a Piacenza", "it", "proposed"],
    ["Diverse aziende hanno espresso la volontà di investire in Tunisia", "it", "proposed"],
    ["A empresa vai investir na nova unidade, com previsão para ser inaugurada em 2026", "pt", "announced"],
    ["Het fonds werd de nieuwe eigenaar van het winkelcentrum", "nl", "completed"],
    ["O fundo tornou-se o novo proprietário do hotel", "pt", "completed"],
    ["The factory cost $60 million and spans 120,000 square metres", "en", "completed"],
    // a noun that shares its first letters with a past verb is no past: "Investeerder" is not "investeerde", "un
    // desembolso" not "desembolsó", the future "desembolsarán" not "desembolsara", and "gehörende" describes a firm, no
    // deal
    ["Die zu einem Verlag gehörende Druckerei lässt sich die neue Halle 20 Millionen Euro kosten", "de", null],
    ["Un desembolso que superará los 400 millones de euros", "es", null],
    ["Los directivos confirmaron que desembolsarán US$ 165 millones en los próximos tres años", "es", null],
    ["Investeerder Beispiel krijgt goedkeuring om het bouwbedrijf over te nemen", "nl", null],
    ["De groep investeerde 15 miljoen euro in de fabriek", "nl", "completed"],
    // a takeover finished, in the German verb bracket's long middle field
    ["Damit habe der Konzern den Kauf von zehn Anbietern in der Region beendet", "de", "completed"],
    // land bought for a plant the article's own language plans ("plant" in Dutch): a step of the plan
    ["Het vastgoedbedrijf heeft 6 hectare grond gekocht en plant er een magazijn", "nl", "announced"],
    // English proposal verbs in their own forms, German and Dutch interest with its preposition: the stems read in every
    // article matched an agency's name, Romance nouns and adjectives
    ["The carmaker is considering a second plant in Mexico", "en", "proposed"],
    ["The group explored sites in Spain for its battery plant", "en", "proposed"],
    ["Der Autobauer hat Interesse an einem Werk in Sachsen", "de", "proposed"],
    ["Het concern toont interesse in een fabriek in Limburg", "nl", "proposed"],
    ["Il programma di investimento è seguito da Invitalia, l'agenzia nazionale", "it", null],
    ["a dimostrazione di quanto sia considerato sicuro l'investimento", "it", null],
    ["Cresce l'interesse nel Paese: l'azienda stima un investimento di 3 miliardi", "it", null],
    ["le consortium d'exploration de gaz naturel", "fr", null],
    ["W 2023 r. Hynfra założyła spółkę zależną w Jordanii", "pl", "completed"],
    ["Também foi aberta uma nova linha de produção na fábrica de Teresina", "pt", "completed"],
    ["O negócio fechado em maio é estimado em US$ 469 milhões", "pt", "completed"],
    ["poco después de que APM Terminals desembolsara US$600 millones", "es", "completed"],
    ["Ebro Foods instaló su fábrica en la comarca de Larache en 2001", "es", "completed"],
    ["la nueva central de Ascenty, la cual implicó una inversión de US$114.000.000", "es", "completed"],
    ["l’azienda ha già effettuato investimenti significativi in Messico", "it", "completed"],
    ["Le groupe Safari qui avait mis la main sur le fabricant de meubles Demeyere", "fr", "completed"],
    ["Le groupe japonais Nojima a porté à 31% sa participation dans la société", "fr", "completed"],
    ["L'usine du Congo a commencé à produire au mois d'août dernier", "fr", "completed"],
    ["DPG Media legde de hand op de magazines van Sanoma Nederland", "nl", "completed"],
    ["Heineken heeft zijn belang in United Breweries vergroot naar 61,5 procent", "nl", "completed"],
    ["the mine had so far spent US$4 million on local suppliers", "en", "completed"],
    ["the company first appeared in Nyergesújfalu after purchasing the former Zoltek plant", "en", "completed"],
  ])("%s", (text, lang, status) => {
    expect(statusOf(text, lang)).toBe(status);
  });
  it("reads a German participle at the end of a long middle field", () => {
    const clause =
      "Im Jahr 2021 hatte sich Huaxin Cement beispielsweise in Sambia und Malawi an den Zementfabriken des Holcim-Konzerns beteiligt";
    expect(statusOf(clause, "de")).toBe("completed");
  });
});

describe("Polish past forms of carrying out and spending", () => {
  it("reads them as completed, not the future passive", () => {
    expect(statusOf(fold("Inwestycja zrealizowana w województwie lubuskim to nowa farma"), "pl")).toBe("completed");
    expect(statusOf(fold("Od 2000 roku koncern wydał 300 mln zł na rozbudowę fabryki"), "pl")).toBe("completed");
    expect(statusOf(fold("Inwestycja zostanie zrealizowana do 2027 roku"), "pl")).not.toBe("completed");
  });
});

describe("a deal still waiting for an approval", () => {
  it("is announced, not completed, whatever the tense of its verb", () => {
    const status = (t: string) => extractDeals(t, { published: "2024-05-02" }).map((d) => d.status);
    expect(
      status("Acme Corp has acquired the Polish firm Beta for €500 million, subject to regulatory approval."),
    ).toEqual(["announced"]);
    expect(
      status(
        "Die Acme AG hat die polnische Beta für 500 Millionen Euro übernommen, die Zustimmung der Kartellbehörden ist noch erforderlich.",
      ),
    ).toEqual(["announced"]);
    expect(status("Acme Corp has acquired the Polish firm Beta for €500 million.")).toEqual(["completed"]);
  });
});

describe("kindOf", () => {
  it("reads paying for a firm as an acquisition", () => {
    for (const text of [
      "NXP betaalt bijna 11 miljard euro voor de Amerikaanse branchegenoot Freescale",
      "NXP zahlt 11 Milliarden Euro für den amerikanischen Konkurrenten Freescale",
      "NXP pagará 11.000 millones de euros por la estadounidense Freescale",
      "NXP will pay $12 billion for its US rival Freescale",
    ])
      expect(kindCues(text).acquisition).toBe(true);
  });

  it("reads taking control of a firm as an acquisition", () => {
    for (const text of [
      "Un consortium de banques va prendre le contrôle de l'opérateur Ruvia",
      "A group of pension funds will take control of the operator Ruvia",
      "Un grupo de fondos tomará el control del operador Ruvia",
      "Un gruppo di fondi prenderà il controllo dell'operatore Ruvia",
    ])
      expect(kindCues(text).acquisition).toBe(true);
  });

  it("reads joint ventures, acquisitions, stakes and expansions", () => {
    expect(kindOf(kindCues("They formed a joint venture"), false, null)).toBe("joint_venture");
    expect(kindOf(kindCues("The group acquired the company"), false, null)).toBe("acquisition");
    expect(kindOf(kindCues("Lactalis ha messo a segno un colpo rilevando la Nuova Castelli"), true, null)).toBe(
      "acquisition",
    );
    expect(kindOf(kindCues("The fund took a 10% stake"), false, 10)).toBe("stake");
    expect(kindOf(kindCues("Der Konzern erweitert sein Werk"), true, null)).toBe("expansion");
    expect(kindOf(kindCues("The firm will build a new plant"), true, null)).toBe("greenfield");
    expect(kindOf(kindCues("They met for lunch"), false, null)).toBe("other");
  });
});

describe("findPercents", () => {
  it("reads digits, German compounds and number words", () => {
    expect(findPercents("a 75% stake").map((p) => p.value)).toEqual([75]);
    expect(findPercents("einen 24-prozentigen Anteil").map((p) => p.value)).toEqual([24]);
    expect(findPercents("halten sie neun Prozent").map((p) => p.value)).toEqual([9]);
    expect(findPercents("24,9 Prozent an der Firma").map((p) => p.value)).toEqual([24.9]);
  });
});

describe("status words added from the corpus", () => {
  it("reads past verbs as completed and 'valued at' as no proposal", () => {
    expect(statusOf("Das britische Unternehmen errichtete 2017 eine Produktionsstätte.", "de")).toBe("completed");
    expect(
      statusOf("Zo nam het Amerikaanse Qualcomm de Nederlandse chipfabrikant NXP over voor 43 miljard euro.", "nl"),
    ).toBe("completed");
    expect(statusOf("numa transação avaliada em cerca de 150 milhões de euros", "pt")).not.toBe("proposed");
  });
});

describe("past tenses of investing, building, opening and buying", () => {
  it("not the plans of the same verbs", () => {
    expect(statusOf("La compañía pondrá en funcionamiento la planta en 2026.", "es")).not.toBe("completed");
    expect(statusOf("Das Werk soll 2026 in Betrieb gehen.", "de")).not.toBe("completed");
  });
});

describe("passive and participle completions", () => {
  it("reads a past passive of a transaction verb as completed, in five languages", () => {
    for (const [clause, lang] of [
      ["os 177,8 milhões de euros pagos pelos investidores da Lighthouse Properties pelo centro comercial", "pt"],
      ["cet hôtel de 261 chambres a été développé par le groupe Koira", "fr"],
      ["el hotel fue adquirido por el grupo Meliá por 50 millones", "es"],
      ["lo stabilimento è stato rilevato da Calzedonia", "it"],
      ["zakład został kupiony przez Boryszew", "pl"],
    ] as const)
      expect(statusOf(clause, lang)).toBe("completed");
    expect(statusOf("o hotel será comprado pelo grupo Hotusa", "pt")).not.toBe("completed");
  });
});

describe("future forms are no completions", () => {
  it("does not read 'will inaugurate' or 'inaugurera' as completed (through any language's cue)", () => {
    expect(statusOf("Stahlschmidt will inaugurate a site for the production of cables in Tangier.", "en")).not.toBe(
      "completed",
    );
    expect(statusOf("Le groupe inaugurera son usine à Lyon en 2025.", "fr")).not.toBe("completed");
    expect(statusOf("Lo stabilimento è stato inaugurato ieri a Torino.", "it")).toBe("completed");
    expect(statusOf("The plant was inaugurated on Monday.", "en")).toBe("completed");
  });
});

describe("completion in the future", () => {
  it("reads 'will/would be completed' as a plan and 'mulls' as a proposal", () => {
    expect(statusOf("The plant will be completed in 2026.", "en")).toBe("announced");
    expect(statusOf("The plant would be completed in 7 years.", "en")).not.toBe("completed");
    expect(statusOf("The plant was completed in 2020.", "en")).toBe("completed");
    expect(statusOf("China’s Huayou mulls $20 bln EV battery investment in Morocco", "en")).toBe("proposed");
    expect(statusOf("Das Werk wird 2026 fertiggestellt.", "de")).not.toBe("completed");
  });
});

describe("a commitment dated two years or more before the article", () => {
  const claas = (year: number) =>
    `Der Landmaschinen-Hersteller Claas ließ sich im Jahr ${year} den Umbau seines Werks in Harsewinkel 60 Millionen Euro kosten.`;
  it.each([
    [claas(2004), "completed"],
    [claas(2018), "announced"],
    ["In 2015 Nissan announced it would invest $60 million in a plant in Sunderland.", "announced"],
  ])("is done only when no word states its status and it is two years back: %s", (text, status) => {
    expect(extractDeals(text, { published: "2019-05-02" }).map((d) => d.status)).toEqual([status]);
  });
});

describe("English 'buy' is a word of its own", () => {
  it("does not read Turkish 'büyük' (big) as a purchase", async () => {
    const { kindCues } = await import("./status-kind");
    expect(kindCues("Türkiye'nin en büyüklerinden olan firma fabrika kurdu.").acquisition).toBe(false);
    expect(kindCues("Apple buys a plant in Texas.").acquisition).toBe(true);
    expect(kindCues("the buyout of the plant").acquisition).toBe(true);
  });
});

describe("opening and building words start a commitment in every language", () => {
  it.each([
    "Bimbo abrió en Brasil",
    "anunció la apertura de 350 salas",
    "l'ouverture d'un centre à Lyon",
    "la construction d'un entrepôt",
    "l'apertura di un nuovo polo",
    "a abertura de uma loja",
    "Navarpienso y Frigoríficos Falcon invierten 22 millones",
    "la empresa construye una planta",
    "Grupo Bimbo adquiere la panificadora",
    "İzmir’de yeni mağazasını açtı",
  ])("%s", async (text) => {
    const { TRIGGER_RE } = await import("./lexicon/cue-words");
    const { fold } = await import("./normalize");
    expect(TRIGGER_RE.test(fold(text))).toBe(true);
  });

  it("not the French idiom 'ouvrir la voie' (to pave the way)", async () => {
    const { TRIGGER_RE } = await import("./lexicon/cue-words");
    expect(TRIGGER_RE.test("Prologium et XTC ouvrent la voie à Dunkerque")).toBe(false);
  });
});

describe("French purchase nouns", () => {
  it.each(["le rachat du fabricant belge par A-Ware", "l'achat de la société", "acquérir une participation"])(
    "%s is an acquisition",
    async (text) => {
      const { kindCues } = await import("./status-kind");
      expect(kindCues(text).acquisition).toBe(true);
    },
  );
});

describe("the press's other words for buying", () => {
  it.each([
    "DPG Media legde de hand op de magazines van Sanoma Nederland.",
    "De Franse uitzendgroep Proman nam haar Belgische sectorgenoot Agilitas over.",
    "Van Loon Group heeft aangekondigd het Belgische Q-group over te nemen.",
    "Fundusz NEPI Rockcastle został nowym właścicielem galerii Magnolia Park.",
    "TT PSC Germany przejęła spółkę x-Info Wieland Sacher.",
    "Erikli’nin yeni sahibi Sırp Nelt Grubu oldu.",
    "Il passaggio di proprietà del Milan a Redbird Capital Partners per 1,2 miliardi.",
    "El fondo es el nuevo propietario del hotel.",
    "A Vinci assumiu o controlo da ANA.",
    "Le fonds devient le nouveau propriétaire du groupe.",
    "Der neue Eigentümer der Werft ist Lürssen.",
    "Blackstone snapped up the portfolio for $2bn.",
    "Pfeifer & Langen darf den Lebensmittelhersteller Rügenwalder Mühle übernehmen.",
    "KraussMaffei ist künftig in Händen des chinesischen Staatsunternehmens ChemChina.",
    "Corral pasará a formar parte del Grupo Fuertes.",
    "Saham s'empare de Société Générale au Maroc.",
    "Sanofi est prêt à s'offrir la biotech américaine Genzyme",
    "GDF Suez va mettre la main sur le britannique International Power",
    "Cdp ha comprato le quote del 12,5%",
    "Inditex se hizo con el edificio por 100 millones",
    "Koç, Arçelik'i bünyesine kattı",
  ])("%s names a purchase, and so an investing sentence", async (text) => {
    const { TRIGGER_RE } = await import("./lexicon/cue-words");
    const { fold } = await import("./normalize");
    expect(kindCues(text).acquisition).toBe(true);
    expect(TRIGGER_RE.test(fold(text))).toBe(true);
  });
});

describe("entering a firm's capital is taking a stake", () => {
  it.each([
    "la Illva è entrata nel capitale del gruppo Changyu",
    "la SRIW a soutenu cette opération, en entrant au capital du groupe",
    "Os japoneses entraram no capital da brasileira em 2007",
    "el fondo entrará en el capital de la empresa",
  ])("%s", async (text) => {
    const { kindCues } = await import("./status-kind");
    expect(kindCues(text).stake).toBe(true);
  });
});

describe("purchase words of every language", () => {
  it.each([
    "Siemens took over the plant",
    "la adquisición de la empresa",
    "ha acquistato la francese Carte Noire",
    "Ahold verwerft een belang",
    "spółka nabyła udziały",
  ])("%s is an acquisition", async (text) => {
    const { kindCues } = await import("./status-kind");
    expect(kindCues(text).acquisition).toBe(true);
  });
});

describe("Turkish completion verbs", () => {
  it.each([
    ["Yıldız Entegre, ilk yatırımını 150 milyon euroluk bir fabrika ile Romanya’ya yaptı.", "completed"],
    ["Şirket 2019 yılında fabrikayı kurdu.", "completed"],
    ["Şirket İzmir'de fabrika kuracak.", "announced"],
    ["Dhaka'daki fabrika üretime başladı.", "completed"],
    ["80 milyon euroluk otel İstanbul'da açıldı.", "completed"],
    ["Şirket ilk liman yatırımını Gana'da gerçekleştirmişti.", "completed"],
    // pluperfect and passive pluperfect, first person plural past, passive past, participles of a done deal
    ["Ferrero geçen yıl 19. fabrikasını Manisa'da açmıştı.", "completed"],
    ["Santral 2017 yılında açılmıştı.", "completed"],
    ["Afrika'nın ilk altın rafinerisini açtık.", "completed"],
    ["Toplam 70 milyon dolar yatırımla fabrikamızı kurduk.", "completed"],
    ["Fabrika 50 dönümlük bir alanda kuruldu.", "completed"],
    ["Steag'ın yüzde 51 hissesini devralan OYAK tam mülkiyet sağladı.", "completed"],
    ["Oltan Gıda, İtalyan Ferrero'ya satıldı.", "completed"],
    ["Yeni açılan rafineri altın işliyor.", "completed"],
  ])("%s → %s", async (text, want) => {
    const { statusOf } = await import("./status-kind");
    expect(statusOf(text, "tr")).toBe(want);
  });
});

describe("French 'usine' as a word", () => {
  it("does not read English 'business' as a plant", async () => {
    const { TRIGGER_RE } = await import("./lexicon/cue-words");
    const { fold } = await import("./normalize");
    expect(TRIGGER_RE.test(fold("the AIF chief told New Business Ethiopia in May"))).toBe(false);
    expect(TRIGGER_RE.test(fold("une usine de batteries à Douai"))).toBe(true);
  });
});

describe("'new' words of each language as words", () => {
  it("'inovação', 'Ausbau' are no greenfield cue", async () => {
    const { kindCues } = await import("./status-kind");
    expect(kindCues("a inovação e a renovação").greenfield).toBe(false);
    expect(kindCues("der Ausbau des Standorts").greenfield).toBe(false);
    expect(kindCues("uma nova fábrica").greenfield).toBe(true);
  });
});

describe("past perfects and passives of completion", () => {
  it.each([
    ["Il nuovo sito è stato realizzato grazie a un investimento di circa 19 milioni.", "it"],
    ["ECP avait préalablement investi 30 millions de dollars dans Finagestion.", "fr"],
    ["La empresa había invertido 15 millones de euros en la planta.", "es"],
    ["Bereits 2021 hatte sich Huaxin Cement in Sambia an den Zementfabriken beteiligt.", "de"],
    ["De Franse groep Paribas heeft 250 miljoen frank betaald voor een belang.", "nl"],
    ["Rumo has sold two terminals at the port of Santos for $260m.", "en"],
    ["Het moederbedrijf van Nutricia pompte 240 miljoen euro in het nieuwe complex.", "nl"],
    ["De groep richtte in 2019 zelf een fabriek op in Roemenië.", "nl"],
    ["Über 180 Millionen Euro sind dort in eine neue Veredelungsanlage geflossen.", "de"],
    ["Saputo a avalé l'entreprise texane Morningstar Foods pour 1,45 milliard $ US.", "fr"],
    ["Marathon Petroleum a récemment investi une somme importante.", "fr"],
    ["Iberdrola ha puesto en funcionamiento dos centrales fotovoltaicas.", "es"],
    ["The plant began production in 2019.", "en"],
    ["Firma zbudowała fabrykę pod Wrocławiem.", "pl"],
    ["Il gruppo ha costruito un nuovo stabilimento.", "it"],
    ["As empresas investiram 10 milhões na fábrica.", "pt"],
  ])("%s → completed", (text, lang) => {
    expect(statusOf(text, lang)).toBe("completed");
  });
});
