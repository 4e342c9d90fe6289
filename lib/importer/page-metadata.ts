// What a news page says about itself in its markup: when it was published, where it
// lives and in which language. Publishers state these for search engines and social
// previews, which makes them more reliable than any date in the running text.

/** The parts of a DOM document this module reads (linkedom's and the browser's alike). */
type Doc = {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(
    selector: string,
  ): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
};

export type PageMetadata = { published: string | null; canonicalUrl: string | null; language: string | null };

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** YYYY-MM-DD from an ISO date or timestamp, in the offset the page wrote it in. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const valid = date.getUTCMonth() === Number(mo) - 1 && Number(y) >= 1900 && Number(y) <= 2100;
  return valid ? `${y}-${mo}-${d}` : null;
}

/** `datePublished` anywhere in the page's JSON-LD blocks (objects, arrays and @graph). */
function jsonLdPublished(doc: Doc): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block is the publisher's problem, not a reason to refuse the page
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        const day = typeof record.datePublished === "string" ? isoDay(record.datePublished) : null;
        if (day) return day;
        if (record["@graph"]) stack.push(record["@graph"]);
      }
    }
  }
  return null;
}

function metaPublished(doc: Doc): string | null {
  for (const selector of PUBLISHED_META) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute("content"));
    if (day) return day;
  }
  return null;
}

function timePublished(doc: Doc): string | null {
  const time = doc.querySelector("article time[datetime], time[pubdate], time[itemprop=datePublished], time[datetime]");
  return isoDay(time?.getAttribute("datetime"));
}

function canonical(doc: Doc): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content");
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null; // a relative canonical without a base says nothing useful
  }
}

function language(doc: Doc): string | null {
  const lang =
    doc.documentElement?.getAttribute("lang") ??
    doc.querySelector('meta[http-equiv="content-language"]')?.getAttribute("content") ??
    doc.querySelector('meta[property="og:locale"]')?.getAttribute("content");
  const code = /^\s*([a-z]{2,3})\b/i.exec(lang ?? "")?.[1];
  return code ? code.toLowerCase() : null;
}

export function readPageMetadata(doc: Doc): PageMetadata {
  return {
    published: metaPublished(doc) ?? jsonLdPublished(doc) ?? timePublished(doc),
    canonicalUrl: canonical(doc),
    language: language(doc),
  };
}
