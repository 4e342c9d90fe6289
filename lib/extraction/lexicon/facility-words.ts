/** Facility words per type, all languages (regex sources on folded text). Earlier types win on overlaps. */
import type { FacilityType } from "../types";

export const FACILITY_PATTERNS: [FacilityType, string][] = [
  ["data_center", String.raw`rechenzentr\w*|datenzentr\w*|data ?(?:center|centre)s?|computing (?:center|centre)s?|cloud regions?|server farms?|centros? de datos|centres? de donnees|centr[oi] (?:di )?dati|veri merkez\w*`],
  ["export_center", String.raw`exportzentr\w*|export[- ](?:hub|center|centre)s?|centros? de exportacion|centres? d'exportation|ihracat merkez\w*`],
  ["logistics_center", String.raw`\w*logisti[ck]-?zentr\w*|logisti[ck]s? (?:center|centre|hub|park|facility|base)s?|logistics? and \w+ park|industrial and logistics park|warehouses?|lagerhall\w*|lagerhaus\w*|distribution (?:center|centre)s?|fulfil?l?ment (?:center|centre)s?|verteilzentr\w*|polo logistico|centros? logisticos?|centres? logistiques?|entrepots?|lojistik merkez\w*`],
  ["rnd_center", String.raw`\w*forschungs\w*zentr\w*|\w*entwicklungszentr\w*|innovationszentr\w*|r&d (?:center|centre|facility|unit|hub)s?|unite pilote r&d|research (?:center|centre|facility|lab|hub)s?|innovation (?:center|centre|hub)s?|technical (?:center|centre)s?|technology (?:center|centre)s?|labs?\b|laboratories|laboratory|labor\b|centros? de (?:investigacion|i\+d)|centres? de recherche|centr[oi] di ricerca|ar-ge merkez\w*`],
  ["office", String.raw`headquarters|hauptsitz|firmenzentrale|regionalzentrale|regional (?:office|headquarters)|buros?\b|offices?\b|service (?:center|centre)s?|servicezentr\w*|sede central|siege social`],
  ["energy", String.raw`power plants?|kraftwerk\w*|\w*kraftwerk|solar ?park\w*|solar (?:farm|plant|project)s?|wind ?park\w*|wind farms?|refinery|refineries|raffinerie\w*|power stations?|gas ?fields?|gasfeld\w*|oil ?fields?|lng terminal|battery storage|centrale (?:electrique|solaire)|central (?:electrica|solar)|parque (?:eolico|solar)|centrale elettrica|chargers|charging stations?`],
  ["mine", String.raw`\bmines?\b|bergwerk\w*|\bminas?\b|miniera|concentrator|quarry|tagebau|silica sand|kupfermine|goldmine`],
  ["infrastructure", String.raw`deepwater port|\bports?\b|seaport|hafen(?!stadt)\w*|railways?|eisenbahn\w*|highways?|motorway|airports?|flughafen|pipelines?|tower infrastructure|towers|bridges?|brucke|puertos?|porto\b|aeropuerto|aeroporto|autopista|ferrovia`],
  ["real_estate", String.raw`hotels?\b|housing|wohnungen|wohnanlage|real estate|immobilien|resorts?\b|residential|apartments|viviendas`],
  ["retail", String.raw`\bstores?\b|\bshops?\b|\bmalls?\b|einkaufszentr\w*|supermarkets?|supermarkt\w*|tiendas?|magasins?|negozi?o?\b`],
  ["factory", String.raw`gigafa(?:ctory|brik)\w*|\w*fabrik(?:en)?\b|\w*werk\b|\w*werke?s\b|\bwerk\w*|factory|factories|manufacturing (?:plant|site|facility|facilities|hub|base)|production (?:plant|site|facility|facilities|line)s?|assembly (?:plant|line)s?|\bfabs?\b|\bplants?\b|produktionsstatte\w*|produktionsstandort\w*|fertigung\w*|montagewerk\w*|usines?|plantas?|fabbric\w*|stabiliment\w*|impianto|fabricas?|verbund(?: site|standort)|fabrika\w*|uretim tesis\w*|produzieren`],
];

/** German ellipsis: "Rechen- und Logistikzentrum" -> "Rechenzentrum" + "Logistikzentrum". */
export const ELLIPSIS_RE = /([\p{L}]+)-\s+(?:und|oder|sowie|bzw\.)\s+([\p{L}]+?)(zentrum|zentren|werk|werke|fabrik|park|anlage)\b/gu;

/** Capitalized words after a facility word that are not a city. */
export const NOT_CITY = new Set(["the", "der", "die", "das", "dem", "den", "la", "le", "el", "il", "los", "las", "les"]);
