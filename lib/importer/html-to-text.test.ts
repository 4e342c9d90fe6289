import { describe, expect, it } from "vitest";
import { htmlTitle, htmlToText, isHtml } from "./html-to-text";
import { normalizeText } from "./normalize";

const PAGE = `<!DOCTYPE html><html><head><title>Werk in Ungarn &ndash; News</title>
<style>p { color: red }</style><script>var x = "<p>nope</p>";</script></head>
<body><nav><a href="/">Start</a></nav>
<h1>BMW baut Werk in Debrecen</h1>
<p>Der Konzern investiert <b>eine Milliarde&nbsp;Euro</b> in das neue Werk.</p>
<!-- ad slot -->
<p>Die Produktion beginnt 2025.<br>Weitere Details folgen.</p>
<footer>© Zeitung</footer></body></html>`;

describe("htmlToText", () => {
  it("keeps paragraphs, drops scripts, styles, comments and page chrome, decodes entities", () => {
    expect(normalizeText(htmlToText(PAGE))).toBe(
      "BMW baut Werk in Debrecen\n\nDer Konzern investiert eine Milliarde Euro in das neue Werk.\n\nDie Produktion beginnt 2025.\nWeitere Details folgen.",
    );
  });

  it("reads the page title", () => {
    expect(htmlTitle(PAGE)).toBe("Werk in Ungarn – News");
    expect(htmlTitle("<p>no title</p>")).toBeNull();
  });
});

describe("isHtml", () => {
  it("trusts the file extension, else the opening of the text", () => {
    expect(isHtml("a.html", "plain")).toBe(true);
    expect(isHtml("a.txt", "<!doctype html><p>x</p>")).toBe(true);
    expect(isHtml(null, "Preis < 5 und > 3")).toBe(false);
  });
});
