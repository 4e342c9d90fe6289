import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDeals } from "../extraction";
import { decodeBytes } from "./decode";
import { readHtmlArticle } from "./html-article";
import { readPageMetadata } from "./page-metadata";
import { parseHTML } from "linkedom";

// Saved news pages with their furniture: consent banner, menus, byline, share bar,
// ad slot, "Related" teasers (one announcing another company's deal), newsletter box,
// comments, footer. Beside each: the article's own text and what the markup states.
const PAGES = path.join(import.meta.dirname, "fixtures", "pages");
const page = (name: string) => decodeBytes(fs.readFileSync(path.join(PAGES, `${name}.html`))).text;
const article = (name: string) => fs.readFileSync(path.join(PAGES, `${name}.article.txt`), "utf8").trim();
const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(PAGES, `${name}.expected.json`), "utf8"));

describe("readHtmlArticle", () => {
  it.each(["de-voestalpine", "en-jcb", "en-gm-lgchem", "tr-microsoft", "pl-kumho"])(
    "keeps only the article of %s, paragraphs intact",
    (name) => {
      const result = readHtmlArticle(page(name));
      expect(result.isMainText).toBe(true);
      expect(result.text).toBe(article(name));
    },
  );

  it.each(["de-voestalpine", "en-gm-lgchem", "tr-microsoft"])(
    "reads title, date, canonical URL and language from the markup of %s",
    (name) => {
      const { title, published, canonicalUrl, language } = readHtmlArticle(page(name));
      const want = expected(name);
      expect({ title, published, canonicalUrl, language }).toEqual({
        title: want.title,
        published: want.published,
        canonicalUrl: want.canonicalUrl,
        language: want.language,
      });
    },
  );

  it("finds no deal in the teasers: the 'Related' box announcing Amazon in Thailand stays behind", () => {
    const html = page("en-jcb");
    expect(html).toContain("Amazon to invest $5 billion in Thailand");
    const deals = extractDeals(readHtmlArticle(html).text);
    expect(deals.map((d) => d.investor)).not.toContain("Amazon");
    expect(deals.map((d) => d.targetCountry)).not.toContain("TH");
  });

  const story = [
    "Norvacor Chemicals will invest 300 million euros in a new plant near Ostrava, the company said on Tuesday.",
    "The site will make battery materials and employ 400 people once it opens in 2027, according to the firm.",
    "Construction starts in spring; the regional government welcomed the project and promised faster permits.",
    "Norvacor already runs two plants in Germany and one in Poland, and supplies carmakers across Europe.",
    "The investment is the largest in the region this year, local officials said, and more could follow.",
  ];
  const paragraphs = story.map((p) => `<p>${p}</p>`).join("");

  it("reads a story whose layout wraps it in an <aside> (the <aside> holds the <article>)", () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><aside class="layout-direct-content"><section><h1>Norvacor to build plant in Ostrava</h1>
      <article>${paragraphs}</article></section></aside></main>
      <aside class="sidebar"><p>Ihre Zeitung. Jetzt abonnieren und sparen, drei Monate lesen für nur einen Euro im Monat.</p></aside>
      </body></html>`;
    const result = readHtmlArticle(html);
    expect(result.isMainText).toBe(true);
    expect(result.text).toContain(story[0]);
    expect(result.text).toContain(story[4]);
    expect(result.text).not.toContain("abonnieren");
  });

  it("finds the story when a wrapper's class sounds like a sidebar and a short box beside it looks like an article", () => {
    const box =
      "Insider content is written by a trusted community of subject matter experts. Each contribution has a goal of bringing a unique voice to important topics. The content strives to be of the highest quality, objective and non-commercial, and every piece is reviewed by our editors before it appears on the site.";
    const html = `<html><body><div class="row c-fixed-sidebar-layout--left"><article class="c-article">
      <h1>Norvacor to build plant in Ostrava</h1><div class="c-article__content">${paragraphs}</div></article></div>
      <div class="c-insider"><h2>Insider</h2><p>${box}</p></div></body></html>`;
    const result = readHtmlArticle(html);
    expect(result.text).toContain(story[0]);
    expect(result.text).toContain(story[4]);
  });

  it("keeps the whole page's text when there is no article to find", () => {
    const result = readHtmlArticle("<html><head><title>Kurz</title></head><body><p>Eins</p><p>Zwei</p></body></html>");
    expect(result).toMatchObject({ isMainText: false, text: "Eins\n\nZwei", title: "Kurz" });
  });
});

describe("readPageMetadata", () => {
  const meta = (head: string, body = "") =>
    readPageMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as never);

  it("takes the publication date from meta tags, JSON-LD (also inside @graph) or <time>, in that order", () => {
    expect(meta('<meta property="article:published_time" content="2024-03-15T23:30:00-05:00">').published).toBe(
      "2024-03-15",
    );
    expect(
      meta(
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}</script>',
      ).published,
    ).toBe("2023-11-02");
    expect(
      meta(
        '<script type="application/ld+json">{broken</script>',
        '<article><time datetime="2022-07-01">1. Juli</time></article>',
      ).published,
    ).toBe("2022-07-01");
    expect(meta('<meta name="date" content="yesterday">').published).toBeNull();
  });

  it("reads the canonical URL only when it is absolute http(s), and the language code", () => {
    expect(meta('<link rel="canonical" href="https://example.org/a">').canonicalUrl).toBe("https://example.org/a");
    expect(meta('<link rel="canonical" href="/relative">').canonicalUrl).toBeNull();
    expect(readPageMetadata(parseHTML('<html lang="de-AT"><body></body></html>').document as never).language).toBe(
      "de",
    );
  });
});
