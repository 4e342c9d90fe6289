/** Portuguese words the engine reads (Portugal and Brazil). */
import type { Lexicon } from "./types";

export const PT: Lexicon = {
  lang: "pt",
  stopWords: [
    "o", "os", "as", "e", "do", "da", "dos", "das", "que", "em", "para", "com", "uma", "não", "por", "mais", "foi", "ao",
    "sua", "no", "na", "nos", "nas", "pelo", "pela", "também", "será", "vai", "está", "são",
  ],
  articles: ["o", "a", "os", "as", "um", "uma"],
  nameStopWords: [
    "o", "a", "os", "as", "um", "uma", "e", "em", "no", "na", "nos", "nas", "do", "da", "dos", "das", "de", "com", "por",
    "para", "pelo", "pela", "este", "esta", "esse", "essa", "seu", "sua", "seus", "suas", "ontem", "hoje", "apos", "durante",
    "segundo", "tambem", "mas", "quando", "desde", "alem", "ainda", "ja", "entao", "agora", "assim",
  ],
  notOrgWords: [
    "governo", "ministerio", "estado", "cidade", "provincia", "regiao", "republica", "economia", "investimento",
    "investimentos", "fabrica", "milhoes", "mil", "empregos", "presidente",
  ],
  orgSuffixes: ["sa", "s.a", "lda", "ltda", "sgps", "grupo"],
  orgDescriptors: ["empresa", "grupo", "companhia", "fabricante", "multinacional", "sociedade", "filial", "construtora", "montadora", "gigante", "operadora", "retalhista", "varejista"],
  nameHeads: ["grupo", "companhia", "banco", "empresa"],
  personTitles: ["presidente", "ministro", "ministra", "primeiro-ministro", "governador", "diretor", "fundador", "prefeito", "presidente-executivo", "senhor", "porta-voz"],
  stateBodyWords: ["ministerio", "governo", "conselho", "agencia", "comissao", "secretaria", "prefeitura", "camara", "universidade", "instituto", "palacio"],
  stateBodySuffixes: ["ministerio", "comissao"],
  eventWords: ["cimeira", "cupula", "conferencia", "congresso", "feira", "forum"],
  continents: ["europa", "africa", "asia", "america", "america latina"],
  corefNouns: ["empresa", "companhia", "grupo", "fabricante", "multinacional", "montadora"],
  corefDeterminers: ["a", "o"],
  corefPronouns: ["ela"],
  subjectVerbs: [
    "vai", "vao", "investe", "investira", "investiu", "anunciou", "anuncia", "pretende", "planeia", "planeja", "construira",
    "adquiriu", "comprou", "compra", "abre", "abriu", "inaugurou", "inaugura", "assinou", "quer", "tem",
  ],
  countryNames: {
    "estados unidos": "US", "eua": "US", "reino unido": "GB", "coreia do sul": "KR", "turquia": "TR", "alemanha": "DE",
    "holanda": "NL", "paises baixos": "NL", "polonia": "PL", "chequia": "CZ", "republica checa": "CZ",
  },
  countryAdjectives: {
    chines: "CN", chinesa: "CN", chineses: "CN", chinesas: "CN", alemao: "DE", alema: "DE", alemaes: "DE", alemas: "DE",
    frances: "FR", francesa: "FR", franceses: "FR", espanhol: "ES", espanhola: "ES", espanhois: "ES", italiano: "IT",
    italiana: "IT", japones: "JP", japonesa: "JP", japoneses: "JP", americano: "US", americana: "US", americanos: "US",
    "norte-americano": "US", "norte-americana": "US", "norte-americanos": "US", britanico: "GB", britanica: "GB",
    britanicos: "GB", portugues: "PT", portuguesa: "PT", portugueses: "PT", brasileiro: "BR", brasileira: "BR",
    brasileiros: "BR", coreano: "KR", coreana: "KR", "sul-coreano": "KR", "sul-coreana": "KR", turco: "TR", turca: "TR",
    indiano: "IN", indiana: "IN", russo: "RU", russa: "RU", holandes: "NL", holandesa: "NL", neerlandes: "NL",
    polaco: "PL", polaca: "PL", sueco: "SE", sueca: "SE", suico: "CH", suica: "CH", austriaco: "AT", austriaca: "AT",
    belga: "BE", checo: "CZ", checa: "CZ", hungaro: "HU", hungara: "HU", romeno: "RO", romena: "RO", mexicano: "MX",
    mexicana: "MX", canadiano: "CA", canadense: "CA", australiano: "AU", australiana: "AU", saudita: "SA", catari: "QA",
    angolano: "AO", angolana: "AO", mocambicano: "MZ", mocambicana: "MZ", taiwanes: "TW", taiwanesa: "TW",
    vietnamita: "VN", marroquino: "MA", marroquina: "MA", egipcio: "EG", egipcia: "EG",
  },

  investmentTriggers: [
    "investi", "vai investir", "construir", "construcao", "adquir", "compra", "participacao", String.raw`f[aá]brica`,
    "unidade fabril", "expans", "ampliac", "instala", String.raw`inaugur`, "empresa conjunta",
  ],
  investmentAmountCues: ["investimento", "investir", "construir", String.raw`\bpara\b`, "fabrica", "projeto", "projecto", "montante"],
  nonInvestmentWords: [
    "faturamento", "facturacao", "receita", "lucro", "vendas", "subsidio", "subvenc", String.raw`emprest`, String.raw`\bajuda`,
    "incentivo", "encomenda", "licenca", "contrato de fornecimento", "dividendo",
  ],
  announcementWords: [
    "vai investir", "vao investir", "investira", "anunciou", "anuncia", "pretende", "planeia", "planeja", "construira",
    "prevê", "preve", "assinou", "aprov",
  ],
  completionWords: [
    "inaugurou", String.raw`abriu\b`, "concluiu", "investiu", "adquiriu", "comprou", "ja investiu", "foi inaugurad",
  ],
  proposalWords: ["estuda", "avalia", "negocia", "candidat", "proposta", "possivel", "poderá", "podera", "interesse em"],
  jointVentureWords: ["empresa conjunta", "joint-venture"],
  stakeWords: [String.raw`participa[cç][aã]o`],
  acquisitionWords: ["adquir", String.raw`\bcompr[aoó]u?\b`, "aquisi"],
  partnershipWords: ["parceria", "cooperac", "alianca"],
  expansionWords: ["expans", "ampliac", "ampliar", "amplia"],
  greenfieldWords: ["nova", "novo", "construir"],

  facilityWords: {
    data_center: [String.raw`centros? de dados`],
    export_center: [String.raw`centros? de exportacao`],
    logistics_center: [String.raw`centros? logisticos?`, String.raw`centros? de distribuicao`, String.raw`armazens?`, String.raw`armazem`],
    rnd_center: [String.raw`centros? de (?:investigacao|pesquisa|inovacao|i&d)`, String.raw`laboratorios?`],
    office: [String.raw`sede\b`, String.raw`escritorios?`],
    energy: [String.raw`centra(?:l|is) (?:eletrica|solar|eolica)s?`, String.raw`parques? (?:eolicos?|solar|solares|fotovoltaicos?)`, String.raw`usinas? (?:hidreletrica|solar|eolica|termeletrica)s?`, "refinaria"],
    mine: [String.raw`minas?\b`, String.raw`mineracao`],
    infrastructure: [String.raw`porto\b`, String.raw`aeroportos?`, String.raw`ferrovias?`, String.raw`autoestradas?`, String.raw`rodovias?`],
    real_estate: [String.raw`hoteis`, String.raw`habitac\w*`, "imobiliario"],
    retail: [String.raw`lojas?\b`, String.raw`supermercados?`, String.raw`centros? comerciais?`],
    factory: [String.raw`fabricas?`, String.raw`unidades? fabril`, String.raw`unidades? de producao`, String.raw`linhas? de montagem`],
  },
  genericSiteWords: ["instalacoes", "unidade"],

  numberWords: {
    um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, vinte: 20,
    cem: 100, meio: 0.5,
  },
  scaleWords: {
    mil: 1e3, milhao: 1e6, milhoes: 1e6, "mil milhoes": 1e9, "mil milhao": 1e9, bilhao: 1e9, bilhoes: 1e9, biliao: 1e12,
    bilioes: 1e12,
  },
  currencyWords: { euros: "EUR", euro: "EUR", dolares: "USD", reais: "BRL", real: "BRL", libras: "GBP" },
  percentWords: ["por cento"],

  months: {
    janeiro: 1, fevereiro: 2, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10,
    novembro: 11, dezembro: 12,
  },
  weekdays: {
    domingo: 0, "segunda-feira": 1, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5, sabado: 6,
  },
  todayWords: ["hoje"],
  yesterdayWords: ["ontem"],
  lastWeekWords: ["na semana passada", "esta semana", "nesta semana"],
  lastMonthWords: ["no mes passado"],
  deadlineWords: ["ate", "ate ao", "ate o"],
  monthPrepositions: ["em"],
  yearPrepositions: ["em", "durante"],
  yearNouns: ["o ano"],

  boilerplateCues: [String.raw`leia tamb[eé]m`, "leia mais", String.raw`veja tamb[eé]m`, "todos os direitos reservados"],
  relatedHeadings: [String.raw`leia tamb[eé]m`, "leia mais", String.raw`veja tamb[eé]m`],
  aboutHeadings: ["sobre a", "sobre o"],
  abbreviations: ["sr", "sra", "dr", "lda", "ltda"],

  typicalLetters: [String.raw`[ãõ]`, String.raw`ções?`],
};
