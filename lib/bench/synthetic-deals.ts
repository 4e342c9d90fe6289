import type { BulkArticle, BulkDeal } from "../data/bulk-insert-deals";
import { DEAL_KINDS, FACILITY_TYPES, type DealContent } from "../schemas/deal";

/** A small seeded generator (mulberry32): the same seed gives the same million deals. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Roughly how announcements spread in the news: a few countries take most of them.
const COUNTRIES =
  "US CN DE IN TR GB FR BR VN PL MX ID HU RS SA AE EG MA ZA NG KE JP KR TH MY PH RU UA RO CZ SK ES IT NL BE SE FI NO DK AT CH PT GR IE CA AU NZ AR CL CO PE KZ UZ AZ GE PK BD LK QA KW OM IL JO".split(
    " ",
  );
const CURRENCIES: [string, number][] = [
  ["USD", 55],
  ["EUR", 25],
  ["GBP", 5],
  ["CNY", 5],
  ["JPY", 3],
  ["TRY", 3],
  ["INR", 2],
  ["BRL", 2],
];
const STATUSES: [DealContent["status"], number][] = [
  ["announced", 60],
  ["completed", 25],
  ["proposed", 15],
];
const REVIEW: [string, number][] = [
  ["unreviewed", 80],
  ["verified", 15],
  ["rejected", 5],
];
const CITIES =
  "Ankara Izmir Wroclaw Debrecen Pune Chennai Monterrey Austin Leipzig Dresden Novi Sad Bursa Hanoi Penang Cairo Tangier Durban Lagos Nairobi Osaka Busan Rayong Cebu Kazan Cluj Brno Kosice Valencia Turin Eindhoven Ghent Gothenburg Espoo Linz Porto Cork Ontario Perth Cordoba Santiago Medellin Almaty Tashkent Baku Tbilisi Lahore Dhaka Colombo Doha".split(
    " ",
  );
const BIG_INVESTORS =
  "Siemens Alibaba Volkswagen Tesla Samsung Toyota Microsoft Amazon BYD Foxconn Hyundai Stellantis Huawei Tencent Intel TSMC Nestle Unilever BASF Bosch ArcelorMittal Vinfast CATL LG Energy Maersk DP World ACWA Power Masdar Aramco Iberdrola Enel Orsted Google Meta Nvidia Schneider Electric Airbus Boeing".split(
    / (?=[A-Z])/,
  );
const SYLLABLES =
  "nor vik tal ber an sol qua dex mar lin tor vel cor ram sen dal fin gor hal ket lum mor pax ron sil tek ulm var wen xan yor zen".split(
    " ",
  );
const SUFFIXES = [
  "Holdings",
  "Industries",
  "Energy",
  "Motors",
  "Logistics",
  "Capital",
  "Group",
  "Technologies",
  "Materials",
  "Foods",
  "Pharma",
  "Cloud",
];
const WORDS =
  "plant expansion jobs hectares output capacity battery cells steel chips semiconductors solar wind hydrogen warehouse port rail software research electric vehicles tyres glass cement textiles fertilizer copper lithium nickel refinery pipeline hospital hotel housing retail stores offices headquarters engineers training suppliers exports region ministry agreement subsidy construction phase megawatts tonnes units annually workforce".split(
    " ",
  );

function pickWeighted<T>(rnd: () => number, items: [T, number][]): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = rnd() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** Zipf-like: index i is chosen with weight 1/(i+1). */
function pickZipf<T>(rnd: () => number, items: readonly T[]): T {
  const u = rnd();
  return items[Math.min(items.length - 1, Math.floor(Math.exp(u * Math.log(items.length + 1)) - 1))];
}

function investorNames(rnd: () => number, n: number): string[] {
  const names = [...BIG_INVESTORS];
  while (names.length < n) {
    const word = SYLLABLES[Math.floor(rnd() * SYLLABLES.length)] + SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    names.push(`${word[0].toUpperCase()}${word.slice(1)} ${SUFFIXES[Math.floor(rnd() * SUFFIXES.length)]}`);
  }
  return [...new Set(names)];
}

function dateOf(rnd: () => number): string | null {
  const p = rnd();
  if (p < 0.05) return null;
  // more news in recent years: the year's weight grows linearly from 2000 to 2026
  const year = 2000 + Math.floor(Math.sqrt(rnd()) * 27);
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
  return p < 0.15 ? String(year) : p < 0.4 ? `${year}-${month}` : `${year}-${month}-${day}`;
}

function dealOf(rnd: () => number, investors: string[]): BulkDeal {
  const kind = pickWeighted(
    rnd,
    DEAL_KINDS.map((k, i) => [k, i === 0 ? 40 : 10] as [DealContent["kind"], number]),
  );
  const hasAmount = rnd() < 0.75;
  const amount = hasAmount ? Math.round(10 ** (6 + rnd() * 4)) : null;
  const facilityCount = Math.floor(rnd() * rnd() * 4);
  return {
    investor: pickZipf(rnd, investors),
    via: rnd() < 0.05 ? pickZipf(rnd, investors) : null,
    investorCountry: rnd() < 0.7 ? pickZipf(rnd, COUNTRIES) : null,
    targetCountry: pickZipf(rnd, COUNTRIES),
    amount,
    currency: hasAmount ? pickWeighted(rnd, CURRENCIES) : null,
    amountText: null,
    announcedOn: dateOf(rnd),
    status: pickWeighted(rnd, STATUSES),
    kind,
    stakePercent: kind === "stake" ? Math.round(rnd() * 100) : null,
    partners: kind === "joint_venture" || kind === "partnership" ? [pickZipf(rnd, investors)] : [],
    facilities: Array.from({ length: facilityCount }, () => ({
      type: pickZipf(rnd, FACILITY_TYPES),
      city: rnd() < 0.7 ? CITIES[Math.floor(rnd() * CITIES.length)] : null,
      name: null,
    })),
    reviewState: pickWeighted(rnd, REVIEW),
    confidence: Math.round(rnd() * 100) / 100,
    isDeleted: rnd() < 0.005,
  };
}

function textOf(rnd: () => number, deals: BulkDeal[]): string {
  const lead = deals.map(
    (d) =>
      `${d.investor} plans ${d.kind.replace("_", " ")} in ${d.targetCountry}${d.facilities[0] ? ` with a ${d.facilities[0].type.replace("_", " ")} in ${d.facilities[0].city ?? "the region"}` : ""}.`,
  );
  const filler = Array.from({ length: 12 + Math.floor(rnd() * 20) }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
  return `${lead.join(" ")} ${filler.join(" ")}.`;
}

/** Synthetic articles of one to three deals each, until `total` deals are made. */
export function* syntheticArticles(total: number, seed = 42): Generator<BulkArticle> {
  const rnd = random(seed);
  const investors = investorNames(rnd, 20_000);
  let made = 0;
  while (made < total) {
    const n = Math.min(total - made, 1 + Math.floor(rnd() * rnd() * 3));
    const deals = Array.from({ length: n }, () => dealOf(rnd, investors));
    made += n;
    yield {
      title: `${deals[0].investor} in ${deals[0].targetCountry}`,
      text: textOf(rnd, deals),
      publishedOn: deals[0].announcedOn,
      deals,
    };
  }
}
