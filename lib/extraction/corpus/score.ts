/**
 * Scores extracted records against gold articles by the team's contract (SPEC: deal matching by
 * target country and investor name, deal F1, amount/status/date accuracy, facility F1; score =
 * their mean). Pure, so the eval script and the tests share it.
 */
export type GoldDeal = {
  investor: string;
  aliases?: string[];
  via?: string | null;
  targetCountry: string;
  amount: number | null;
  currency: string | null;
  amountAlternatives?: { amount: number; currency: string }[];
  facilities: { type: string; city: string | null }[];
  announcedOn: string | null;
  status: string;
  optional?: boolean;
};
export type GoldArticle = {
  id: string;
  lang: string;
  source: string;
  published: string | null;
  text: string;
  deals: GoldDeal[];
};
export type PredDeal = {
  investor: string;
  via?: string | null;
  targetCountry: string;
  amount: number | null;
  currency: string | null;
  facilities: { type: string }[];
  announcedOn: string | null;
  status: string;
};
export type ArticleResult = { id: string; tp: number; fp: number; fn: number; notes: string[] };
export type Score = {
  articles: number;
  goldDeals: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  dealF1: number;
  amountAcc: number;
  facilityF1: number;
  statusAcc: number;
  dateAcc: number;
  score: number;
  perArticle: ArticleResult[];
};

const LEGAL = new Set([
  "ag",
  "gmbh",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "group",
  "holding",
  "holdings",
  "sa",
  "se",
  "plc",
  "llc",
  "nv",
  "bv",
  "spa",
  "kg",
  "kgaa",
  "ab",
  "asa",
  "oy",
  "oyj",
  "as",
  "pte",
  "pty",
  "srl",
  "sarl",
  "the",
  "and",
]);

export function nameTokens(name: unknown): string[] {
  if (typeof name !== "string") return [];
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((t) => t && !LEGAL.has(t));
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((t, k) => long[i + k] === t)) return true;
  return false;
}

/** The scorer's test of two investor names (normalized, one a whole-token run of the other). */
export function sameInvestorName(a: unknown, b: unknown): boolean {
  return sameName(a, b);
}

function sameName(a: unknown, b: unknown): boolean {
  const x = nameTokens(a),
    y = nameTokens(b);
  return x.length > 0 && y.length > 0 && (isSubsequence(x, y) || isSubsequence(y, x));
}

function investorMatches(p: PredDeal, g: GoldDeal): boolean {
  const goldNames = [g.investor, ...(g.aliases ?? []), g.via].filter(Boolean);
  return [p.investor, p.via].filter(Boolean).some((n) => goldNames.some((m) => sameName(n, m)));
}

const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);

export function amountOk(p: PredDeal, g: GoldDeal): boolean {
  const ga = num(g.amount),
    pa = num(p.amount);
  if (ga === null) return pa === null;
  if (pa === null) return false;
  return [{ amount: ga, currency: g.currency }, ...(g.amountAlternatives ?? [])].some(
    (o) => num(o.amount) !== null && o.currency === p.currency && Math.abs(pa - o.amount) <= 0.005 * Math.abs(o.amount),
  );
}

export function dateOk(p: PredDeal, g: GoldDeal): boolean {
  const gd = g.announcedOn ?? null;
  const pd = typeof p.announcedOn === "string" ? p.announcedOn : null;
  if (gd === null) return pd === null;
  return pd !== null && pd.length >= gd.length && pd.slice(0, gd.length) === gd;
}

const types = (r: { facilities?: unknown }): string[] =>
  (Array.isArray(r.facilities) ? r.facilities : [])
    .map((f) => (typeof f === "string" ? f : f?.type))
    .filter((t) => typeof t === "string");

function overlap(a: string[], b: string[]): number {
  const left = [...b];
  let n = 0;
  for (const t of a) {
    const i = left.indexOf(t);
    if (i >= 0) {
      n++;
      left.splice(i, 1);
    }
  }
  return n;
}

function agreement(p: PredDeal, g: GoldDeal): number {
  return (
    (amountOk(p, g) ? 4 : 0) +
    (p.status === g.status ? 2 : 0) +
    (dateOk(p, g) ? 1 : 0) +
    overlap(types(p), types(g)) * 0.5 +
    (sameName(p.investor, g.investor) ? 0.25 : 0)
  );
}

/** One-to-one (prediction, gold) index pairs, best field agreement first. */
export function matchArticle(preds: PredDeal[], golds: GoldDeal[]): { i: number; j: number }[] {
  const cands: { i: number; j: number; a: number }[] = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      if (p.targetCountry === g.targetCountry && investorMatches(p, g)) cands.push({ i, j, a: agreement(p, g) });
    }),
  );
  cands.sort((x, y) => y.a - x.a || x.i - y.i || x.j - y.j);
  const usedP = new Set<number>(),
    usedG = new Set<number>(),
    pairs: { i: number; j: number }[] = [];
  for (const c of cands) {
    if (usedP.has(c.i) || usedG.has(c.j)) continue;
    usedP.add(c.i);
    usedG.add(c.j);
    pairs.push(c);
  }
  return pairs;
}

export function scoreArticles(gold: GoldArticle[], predById: Map<string, PredDeal[]>): Score {
  const t = { tp: 0, fp: 0, fn: 0, amount: 0, status: 0, date: 0, gold: 0, ftp: 0, ffp: 0, ffn: 0 };
  const perArticle: ArticleResult[] = [];
  for (const art of gold) {
    const preds = predById.get(art.id) ?? [];
    const golds = art.deals ?? [];
    const pairs = matchArticle(preds, golds);
    const pairedP = new Map(pairs.map((c) => [c.i, c.j])),
      pairedG = new Map(pairs.map((c) => [c.j, c.i]));
    const row: ArticleResult = { id: art.id, tp: 0, fp: 0, fn: 0, notes: [] };
    preds.forEach((p, i) => {
      if (pairedP.has(i)) return;
      row.fp++;
      t.ffp += types(p).length;
      row.notes.push(`extra: ${p.investor} -> ${p.targetCountry}`);
    });
    golds.forEach((g, j) => {
      if (g.optional) return;
      t.gold++;
      const pi = pairedG.get(j);
      if (pi === undefined) {
        row.fn++;
        t.ffn += types(g).length;
        row.notes.push(`missed: ${g.investor} -> ${g.targetCountry}`);
        return;
      }
      const p = preds[pi];
      row.tp++;
      if (amountOk(p, g)) t.amount++;
      else row.notes.push(`amount: ${p.amount} ${p.currency} vs ${g.amount} ${g.currency}`);
      if (p.status === g.status) t.status++;
      else row.notes.push(`status: ${p.status} vs ${g.status}`);
      if (dateOk(p, g)) t.date++;
      else row.notes.push(`date: ${p.announcedOn} vs ${g.announcedOn}`);
      const pf = types(p),
        gf = types(g),
        o = overlap(pf, gf);
      t.ftp += o;
      t.ffp += pf.length - o;
      t.ffn += gf.length - o;
      if (o !== pf.length || o !== gf.length) row.notes.push(`facilities: [${pf}] vs [${gf}]`);
    });
    t.tp += row.tp;
    t.fp += row.fp;
    t.fn += row.fn;
    perArticle.push(row);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(t.tp, t.tp + t.fp),
    recall = ratio(t.tp, t.tp + t.fn);
  const dealF1 = f1(precision, recall);
  const facilityF1 = f1(ratio(t.ftp, t.ftp + t.ffp), ratio(t.ftp, t.ftp + t.ffn));
  const amountAcc = ratio(t.amount, t.gold),
    statusAcc = ratio(t.status, t.gold),
    dateAcc = ratio(t.date, t.gold);
  return {
    articles: gold.length,
    goldDeals: t.gold,
    tp: t.tp,
    fp: t.fp,
    fn: t.fn,
    precision,
    recall,
    dealF1,
    amountAcc,
    facilityF1,
    statusAcc,
    dateAcc,
    score: (dealF1 + amountAcc + facilityF1 + statusAcc + dateAcc) / 5,
    perArticle,
  };
}
