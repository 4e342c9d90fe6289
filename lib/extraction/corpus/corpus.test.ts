import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractDeals } from "../index";
import { corpusPart, loadCorpus } from "./corpus";
import { evidenceFailures } from "./evidence-check";
import { scoreArticles, type GoldArticle, type PredDeal } from "./score";

const corpus = loadCorpus();
const FACILITY = z.enum([
  "factory",
  "data_center",
  "logistics_center",
  "export_center",
  "rnd_center",
  "office",
  "retail",
  "energy",
  "mine",
  "infrastructure",
  "real_estate",
  "other",
]);
const DATE = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable();
const GOLD = z.object({
  id: z.string().regex(/^(de|en|fr|es|it|pt|tr|nl|pl)-[a-z]\d{2,3}$/),
  lang: z.enum(["de", "en", "fr", "es", "it", "pt", "tr", "nl", "pl"]),
  source: z.string().url(),
  published: DATE,
  text: z.string().min(200),
  deals: z.array(
    z.object({
      investor: z.string().min(1),
      aliases: z.array(z.string()),
      targetCountry: z.string().regex(/^[A-Z]{2}$/),
      amount: z.number().positive().nullable(),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .nullable(),
      facilities: z.array(z.object({ type: FACILITY, city: z.string().nullable() })),
      announcedOn: DATE,
      status: z.enum(["announced", "proposed", "completed"]),
      optional: z.boolean(),
    }),
  ),
});

function run(articles: GoldArticle[]) {
  return scoreArticles(
    articles,
    new Map(articles.map((a) => [a.id, extractDeals(a.text, { published: a.published }) as PredDeal[]])),
  );
}

describe("the project's corpus", () => {
  it("holds at least 150 real articles in nine languages, each a valid gold file with its source", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const a of corpus) expect(GOLD.safeParse(a).success, a.id).toBe(true);
    expect(new Set(corpus.map((a) => a.lang)).size).toBe(9);
    expect(new Set(corpus.map((a) => a.source)).size).toBe(corpus.length);
  });

  it("is split once by id, with a held-out part of about a third", () => {
    const held = corpus.filter((a) => corpusPart(a.id) === "heldout").length;
    expect(held / corpus.length).toBeGreaterThan(0.25);
    expect(held / corpus.length).toBeLessThan(0.5);
    expect(corpusPart("de-c01")).toBe(corpusPart("de-c01"));
  });

  it("every record's evidence names its value", () => {
    for (const a of corpus) {
      for (const d of extractDeals(a.text, { published: a.published }))
        expect(evidenceFailures(a.text, d), `${a.id} ${d.investor}`).toEqual([]);
    }
  });

  // Floors a little under the measured scores (tune 0.659, held-out 0.529 on 2,065 articles, 2026-12-04): a change
  // that loses ground on either part fails here, whatever it gains on the articles in front of its author.
  it("scores no worse than its recorded floor on both parts", () => {
    expect(run(corpus.filter((a) => corpusPart(a.id) === "tune")).score).toBeGreaterThanOrEqual(0.645);
    expect(run(corpus.filter((a) => corpusPart(a.id) === "heldout")).score).toBeGreaterThanOrEqual(0.515);
  });
});

describe("scoring", () => {
  const gold: GoldArticle = {
    id: "x",
    lang: "en",
    source: "https://example.org",
    published: "2024-01-02",
    text: "…",
    deals: [
      {
        investor: "Acme Corp",
        targetCountry: "PL",
        amount: 1e9,
        currency: "EUR",
        facilities: [{ type: "factory", city: null }],
        announcedOn: "2024-01",
        status: "announced",
      },
    ],
  };
  it("a record equal to the gold scores 1, legal suffixes aside", () => {
    const pred: PredDeal = {
      investor: "Acme",
      targetCountry: "PL",
      amount: 1e9,
      currency: "EUR",
      facilities: [{ type: "factory" }],
      announcedOn: "2024-01-02",
      status: "announced",
    };
    expect(scoreArticles([gold], new Map([["x", [pred]]])).score).toBe(1);
  });
  it("another target country is no match", () => {
    const pred: PredDeal = {
      investor: "Acme",
      targetCountry: "DE",
      amount: 1e9,
      currency: "EUR",
      facilities: [],
      announcedOn: null,
      status: "announced",
    };
    const r = scoreArticles([gold], new Map([["x", [pred]]]));
    expect(r.tp).toBe(0);
    expect(r.fp).toBe(1);
    expect(r.score).toBeLessThan(0.2);
  });
});
