import { expect, test } from "@playwright/test";
import { EDITOR, VIEWER } from "./accounts";
import { investmentArticle } from "./factories";

test.describe("cross-site writes", () => {
  test.use({ storageState: EDITOR.state });

  test("an import with the editor's cookie from another origin is refused with 403; from this one it works", async ({
    request,
    baseURL,
  }) => {
    const other = new URL(baseURL!);
    other.port = "9";
    const attempts: Record<string, string>[] = [
      { origin: other.origin },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "cross-site" },
      { origin: "null" },
    ];
    for (const headers of attempts) {
      const res = await request.post("/api/articles", { headers, data: { text: investmentArticle().text } });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect((await res.json()).error.message).toContain("came from another site");
    }
    const own = await request.post("/api/articles", {
      headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" },
      data: { text: investmentArticle().text },
    });
    expect(own.status()).toBe(201);
  });

  test("logging out from another site is refused", async ({ request }) => {
    expect((await request.delete("/api/session", { headers: { "sec-fetch-site": "cross-site" } })).status()).toBe(403);
  });
});

test.describe("JSON routes take JSON only", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a text/plain login (what a cross-site form can send) answers 415 and sets no cookie", async ({ request }) => {
    const res = await request.post("/api/session", {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify({ email: VIEWER.email, password: VIEWER.password }),
    });
    expect(res.status()).toBe(415);
    expect((await res.json()).error).toMatchObject({
      code: "unsupported",
      message: expect.stringContaining("application/json"),
    });
    expect(res.headers()["set-cookie"]).toBeUndefined();
  });
});

test.describe("redirects after login", () => {
  test("a logged-in visit to /login?next=/\\evil.example goes to the start page, not another host", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: EDITOR.state });
    for (const next of ["/\\evil.example", "//evil.example", "/\\/evil.example", "https://evil.example/"]) {
      const res = await context.request.get(`/login?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(res.status(), next).toBeGreaterThanOrEqual(300);
      expect(res.headers().location, next).toBe("/");
    }
    await context.close();
  });

  test("the login form ignores a next that leads off the site", async ({ page, baseURL }) => {
    await page.goto(`/login?next=${encodeURIComponent("/\\evil.example")}`);
    await page.getByLabel("Email").fill(VIEWER.email);
    await page.getByLabel("Password").fill(VIEWER.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByText(`Logged in as ${VIEWER.email}`)).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});
