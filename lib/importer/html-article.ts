import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlTitle, htmlToText } from "./html-to-text";
import { normalizeText } from "./normalize";
import { readPageMetadata, type PageMetadata } from "./page-metadata";

export type HtmlArticle = PageMetadata & {
  text: string;
  title: string | null;
  /** false when Readability found no article and the whole page's text was kept */
  isMainText: boolean;
};

// Readability's candidate search is quadratic in the worst case; a page with more
// elements than this is a dump, not a news page, and takes the plain converter.
const MAX_ELEMENTS = 30_000;
// Below this many characters Readability's pick is more likely a teaser than the story.
const MIN_ARTICLE_CHARS = 200;
// A pick shorter than this may be a box beside the story: Readability first drops blocks whose
// class sounds unlikely ("c-fixed-sidebar-layout" wrapping a whole story) and only tries again
// without that step when its pick is short. It is asked again with this threshold, and the
// second pick wins when it is at least twice as long (a 345-character "Insider" box against
// the 3,781-character story).
const SHORT_PICK_CHARS = 500;

// Page furniture Readability sometimes keeps inside the story's container: share bars,
// newsletter boxes, consent notices, inline "related" teasers and ad slots.
const FURNITURE =
  /(^|[\s_-])(share|sharing|social|newsletter|cookie|consent|gdpr|paywall|promo|related|teaser|advert|ad-slot|ads|byline-tools|print|tags)([\s_-]|$)/i;
const FURNITURE_TAGS =
  "nav, aside, form, button, figure figcaption, [role=complementary], [role=navigation], [aria-hidden=true]";

type El = {
  getAttribute(n: string): string | null;
  textContent: string | null;
  remove(): void;
  tagName: string;
  querySelector(s: string): El | null;
  firstChild: unknown;
  appendChild(n: unknown): unknown;
  replaceWith(n: unknown): void;
};
type Doc = { body: El | null; querySelectorAll(s: string): ArrayLike<El>; createElement(tag: string): El };

/** Holds the story itself: its <article> or the page's headline. */
const holdsStory = (el: El) => el.querySelector("article, h1") !== null;

/**
 * Removes furniture before Readability scores the page; a match holding most of the page's text, or
 * the story's <article> or headline, is kept (it is the story). An <aside> that wraps the story is a
 * layout box, not a sidebar: it becomes a <div>, which Readability reads like any other.
 */
function removeFurniture(document: Doc): void {
  const pageChars = document.body?.textContent?.length ?? 0;
  const isSmall = (el: El) => (el.textContent?.length ?? 0) < pageChars * 0.25;
  for (const el of Array.from(document.querySelectorAll(FURNITURE_TAGS))) {
    if (holdsStory(el)) {
      if (el.tagName === "ASIDE") {
        const div = document.createElement("div");
        while (el.firstChild) div.appendChild(el.firstChild);
        el.replaceWith(div);
      }
    } else if (isSmall(el)) el.remove();
  }
  for (const el of Array.from(document.querySelectorAll("[class], [id]"))) {
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (FURNITURE.test(names) && isSmall(el) && !holdsStory(el)) el.remove();
  }
}

/** The headline leads the text, as in the newspaper: extraction reads it like any sentence. */
function withHeadline(text: string, title: string | null): string {
  if (!title) return text;
  const head = title.replace(/\s+/g, " ").trim();
  return text
    .slice(0, head.length + 20)
    .replace(/\s+/g, " ")
    .includes(head)
    ? text
    : `${head}\n\n${text}`;
}

function cleanTitle(title: string | null | undefined): string | null {
  const t = (title ?? "").replace(/\s+/g, " ").trim();
  return t || null;
}

/**
 * The article in a news page: Readability (Firefox's reader view) picks the main text
 * on a linkedom DOM, so menus, cookie banners, bylines boxes, "Related" teasers and ads
 * stay behind; paragraphs are kept. Title, publication date, canonical URL and
 * language come from the page's markup. When no article is found, the whole page's
 * text is kept (the old converter), so nothing readable is ever refused for layout.
 */
export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as never);
  const fallback = (): HtmlArticle => ({
    ...metadata,
    text: normalizeText(htmlToText(html)),
    title: htmlTitle(html),
    isMainText: false,
  });
  if (document.querySelectorAll("*").length > MAX_ELEMENTS) return fallback();
  const h1 = document.querySelector("h1")?.textContent ?? null;
  let parsed = readabilityPick(document, MIN_ARTICLE_CHARS);
  if (parsed && parsed.text.length < SHORT_PICK_CHARS) {
    const again = readabilityPick(parseHTML(html).document, SHORT_PICK_CHARS);
    if (again && again.text.length >= 2 * parsed.text.length) parsed = again;
  }
  const text = parsed?.text ?? "";
  if (text.length < MIN_ARTICLE_CHARS) return fallback();
  const title = cleanTitle(h1) ?? cleanTitle(parsed?.title) ?? htmlTitle(html);
  return {
    text: withHeadline(text, title),
    title,
    published: metadata.published ?? (parsed?.publishedTime ? readPublishedTime(parsed.publishedTime) : null),
    canonicalUrl: metadata.canonicalUrl,
    language: metadata.language ?? (parsed?.lang ? parsed.lang.slice(0, 2).toLowerCase() : null),
    isMainText: true,
  };
}

type Pick = NonNullable<ReturnType<Readability<string>["parse"]>> & { text: string };

/** Readability's article on the page (furniture removed first) with its text, or null. */
function readabilityPick(document: ReturnType<typeof parseHTML>["document"], charThreshold: number): Pick | null {
  removeFurniture(document as never);
  try {
    const parsed = new Readability(document as unknown as Document, { charThreshold }).parse();
    return parsed?.content ? { ...parsed, text: normalizeText(htmlToText(parsed.content)) } : null;
  } catch {
    return null; // malformed markup Readability cannot walk: the caller falls back
  }
}

function readPublishedTime(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}
