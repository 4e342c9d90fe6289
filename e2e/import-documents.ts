import fs from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { uniqueName } from "./factories";

const FIXTURES = path.join("lib", "importer", "fixtures");

/** The saved news page fixture (with its clutter), made unique by a line in its article. */
export function savedNewsPage(): { name: string; buffer: Buffer; title: string; marker: string } {
  const marker = uniqueName("Ref");
  const html = fs
    .readFileSync(path.join(FIXTURES, "pages", "en-jcb.html"), "utf8")
    .replace(
      "</article>",
      `<p>Reference ${marker}: the company gave no further details about the plant in its statement on Monday.</p></article>`,
    );
  return {
    name: "jcb-india.html",
    buffer: Buffer.from(html, "utf8"),
    title: "JCB invests £65m in new machinery plant in India",
    marker,
  };
}

/** A real PDF, printed by Chromium from a narrow page so its lines wrap. */
export async function printedPdf(browser: Browser): Promise<{ name: string; buffer: Buffer; investor: string }> {
  const investor = uniqueName("Orvane");
  const page = await browser.newPage();
  await page.setContent(`<html><body style="width:11cm;font:12pt serif"><h1>${investor} to invest $900 million in Mexican steel mill</h1>
    <p>MONTERREY, May 6, 2024 – ${investor} Corp said on Monday it will invest $900 million in a new flat-rolled steel mill in Monterrey, Mexico, to supply carmakers that are moving production closer to the United States.</p></body></html>`);
  const buffer = await page.pdf({ width: "15cm", height: "20cm" });
  await page.close();
  return { name: `${investor}.pdf`, buffer, investor };
}

// Windows-1254 bytes of the Turkish letters outside ASCII.
const CP1254: Record<string, number> = {
  ç: 0xe7,
  ğ: 0xf0,
  ı: 0xfd,
  İ: 0xdd,
  ö: 0xf6,
  ş: 0xfe,
  ü: 0xfc,
  Ç: 0xc7,
  Ğ: 0xd0,
  Ö: 0xd6,
  Ş: 0xde,
  Ü: 0xdc,
};

/** A Turkish article saved in Windows-1254 with no label saying so, as older Turkish newsroom tools write it. */
export function turkishCp1254(): { name: string; buffer: Buffer; investor: string; sentence: string } {
  const investor = uniqueName("Kartal");
  const sentence = `${investor} şirketi, İzmir'de yeni bir fabrika kurmak için 500 milyon avro yatırım yapacağını açıkladı.`;
  const text = `${sentence}\nŞirketin yatırımı 1.200 kişiye iş imkânı sağlayacak; üretimin 2026 yılında başlaması planlanıyor.\nTürkiye'deki yabancı yatırımlar hızla büyüyor ve şirketler ülkeye olan ilgisini artırıyor.\n`;
  const bytes = Array.from(text, (c) => CP1254[c] ?? (c === "â" ? 0xe2 : c.charCodeAt(0)));
  return { name: "kartal-izmir.txt", buffer: Buffer.from(bytes), investor, sentence };
}
