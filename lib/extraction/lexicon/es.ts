/** Spanish words the engine reads. */
import type { Lexicon } from "./types";

export const ES: Lexicon = {
  lang: "es",
  stopWords: ["el", "la", "los", "las", "y", "de", "del", "que", "en", "por", "con", "una", "para", "se", "su", "es", "al", "como", "más", "sus"],
  articles: ["el", "la", "los", "las", "un", "una"],
  nameStopWords: [
    "la", "el", "los", "las", "un", "una", "en", "y", "con", "por", "para", "del", "de", "este", "esta", "cuatro", "sus", "su",
    "ayer", "tras", "durante", "segun", "tambien", "pero", "cuando", "desde", "ademas", "hoy", "asimismo",
  ],
  notOrgWords: ["gobierno", "ministerio", "estado", "ciudad", "provincia", "reino", "republica", "economia", "inversion", "inversiones", "millones", "empleos"],
  orgSuffixes: ["sa", "s.a", "sl", "s.l", "grupo", "sab"],
  orgDescriptors: ["empresa", "grupo", "firma", "compania", "fabricante", "multinacional", "sociedad", "filial", "operadora", "constructora"],
  nameHeads: ["grupo", "compania", "banco", "empresa", "corporacion"],
  personTitles: ["presidente", "presidenta", "ministro", "ministra", "senor", "don", "gobernador", "director", "fundador", "alcalde", "portavoz"],
  stateBodyWords: ["palacio", "universidad", "gabinete", "ministerio", "gobierno", "consejo", "agencia", "comision", "secretaria"],
  stateBodySuffixes: ["ministerio", "comision"],
  eventWords: ["conferencia", "congreso", "cumbre", "feria"],
  continents: ["europa", "africa", "asia", "america", "america latina", "latinoamerica"],
  corefNouns: ["empresa", "compañía", "compania", "firma", "grupo", "multinacional"],
  corefDeterminers: ["la", "el", String.raw`la\s+propia`],
  corefPronouns: ["ella"],
  subjectVerbs: ["invertira", "invierte", "invirtio", "preve", "anuncio", "construira", "adquirio", "compro", "compra", "abrira", "abrio", "tiene"],
  countryNames: {
    "estados unidos": "US", "reino unido": "GB", "corea del sur": "KR", "turquia": "TR", "euskadi": "ES",
  },
  // still in the multilingual table of country-adjectives.ts
  countryAdjectives: {},

  // --- clauses and roles
  andWords: ["y", "e"],
  listAndWords: ["y", "e"],
  orWords: ["o"],
  contrastWords: ["mientras", "pero"],
  relativeWords: ["donde"],
  locationPrepositions: ["en"],
  withWords: ["con", "junto con"],
  byWords: ["por"],
  fromWords: ["de la empresa"],
  possessives: [String.raw`sus?`],
  subsidiaryOfWords: ["filial de"],
  basedInWords: ["sede en"],
  basedSuffixes: [],
  clauseSubjectVerbs: ["prevé"],
  soldWords: ["vendio"],
  investorNouns: ["empresas"],
  personDescriptors: [String.raw`multimillonari[oa]s?`, String.raw`empresari[oa]s?`],
  marketWords: ["mercado", "ventas"],

  investmentTriggers: [
    "inversi", "invertir", "invirti", "construir", "adquir", "compra", "participaci", "empresa mixta",
    String.raw`sociedad(?:es)? mixta`, "ampliaci", "planta",
  ],
  investmentAmountCues: ["inversi", "invertir", "construir", String.raw`\bpara\b`, "planta", "proyecto", "ascender"],
  nonInvestmentWords: [
    "facturaci", "beneficio", "ventas", String.raw`ayudas?\b`, "subvenci", String.raw`pr[eé]stamos?\b`, "licencia", "pedido",
  ],
  announcementWords: ["invertirá", "prevé", "tiene previsto", "construirá", "anunci", "planea"],
  completionWords: [
    "inaugurad", String.raw`inaugur[oó](?!\p{L})`, String.raw`abri[oó](?!\p{L})`, "ha abierto", String.raw`compr[oó](?!\p{L})`,
    "ha invertido", String.raw`invirti[oó]`, String.raw`adquiri[oó]`, "ya realizada", "ha destinado",
  ],
  proposalWords: ["interés en", "estudia", "negocia", "candidat", "propuesta"],
  jointVentureWords: ["empresa mixta", String.raw`sociedad(?:es)? mixta`],
  stakeWords: ["participaci"],
  acquisitionWords: ["adquir", String.raw`\bcompr[aoó]`],
  partnershipWords: ["asociaci", "alianza"],
  expansionWords: ["ampliaci", String.raw`ampli[aá]r`],
  greenfieldWords: ["nueva", "nuevo", "construir"],

  facilityWords: {
    data_center: [String.raw`centros? de datos`],
    export_center: [String.raw`centros? de exportacion`],
    logistics_center: [String.raw`centros? logisticos?`],
    rnd_center: [String.raw`centros? de (?:investigacion|i\+d)`],
    office: ["sede central"],
    energy: [String.raw`central (?:electrica|solar)`, String.raw`parque (?:eolico|solar)`],
    mine: [String.raw`\bminas?\b`],
    infrastructure: [String.raw`puertos?`, "aeropuerto", "autopista"],
    real_estate: ["viviendas"],
    retail: [String.raw`tiendas?`],
    factory: [String.raw`plantas?`, String.raw`fabricas?`],
  },
  genericSiteWords: ["instalaciones"],

  numberWords: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20,
    cien: 100,
  },
  scaleWords: {
    mil: 1e3, millones: 1e6, millon: 1e6, "mil millones": 1e9, "mil millon": 1e9, billones: 1e12, billon: 1e12,
    billion: 1e12, billions: 1e12,
  },
  currencyWords: { dolares: "USD", "dolar americano": "USD", euros: "EUR", libras: "GBP", reales: "BRL", rupias: "INR", rublos: "RUB", pesos: "PESO" },
  percentWords: ["por ciento"],

  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10,
    noviembre: 11, diciembre: 12,
  },
  weekdays: { domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6 },
  todayWords: ["hoy"],
  yesterdayWords: ["ayer"],
  lastWeekWords: ["la semana pasada", "esta semana"],
  lastMonthWords: ["el mes pasado"],
  deadlineWords: ["para", "hasta", "de aqui a"],
  monthPrepositions: ["en"],
  yearPrepositions: ["en", "durante"],
  yearNouns: ["el ano"],

  boilerplateCues: ["lea tambien"],
  relatedHeadings: [String.raw`lea tambi[eé]n`, String.raw`ver tambi[eé]n`],
  aboutHeadings: ["acerca de", "sobre"],
  abbreviations: ["sras", "sres", "av", "cia"],

  typicalLetters: [String.raw`[ñ¿¡]`],
};
