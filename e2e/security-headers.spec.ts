import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";

test.use({ storageState: EDITOR.state });

test("pages and the API carry the security headers, each page its own CSP nonce", async ({ request }) => {
  const first = await request.get("/deals");
  const second = await request.get("/deals");
  for (const res of [first, second, await request.get("/api/deals?pageSize=25")]) {
    const h = res.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("object-src 'none'");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // served over http here: HSTS only over https
    expect(h["strict-transport-security"]).toBeUndefined();
  }
  const nonce = (res: typeof first) => res.headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  expect(nonce(first)).not.toBe(nonce(second));
  expect(await first.text()).toContain(`nonce="${nonce(first)}"`);
});

test("HSTS when the request came over https (a proxy in front says so)", async ({ request }) => {
  const res = await request.get("/deals", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toContain("max-age=");
});

test("the app works under its CSP: no violations, and interactive parts respond", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto("/deals");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // a client-side interaction: the investor box suggests (needs hydrated React)
  await page.goto("/import");
  await expect(page.getByLabel("Article files")).toBeVisible();
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  expect(violations).toEqual([]);
});
