import { expect, test } from "@playwright/test";
import { logIn, VIEWER } from "./accounts";
import { seedDeal } from "./deal-seed";
import { investmentArticle } from "./factories";

test.describe("as a viewer", () => {
  test.use({ storageState: VIEWER.state });

  test("sees a deal with no edit controls, and the import page asks for the editor role", async ({ page }) => {
    const { dealId, investor } = await seedDeal();

    await page.goto(`/deals/${dealId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(investor);
    await expect(page.getByText(`Logged in as ${VIEWER.email}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit deal" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Verify|Reject|Delete|Restore/ })).toHaveCount(0);

    await page.goto("/import");
    await expect(page.getByText("To import articles you need the editor role")).toBeVisible();
    await expect(page.getByLabel("Article files")).toHaveCount(0);
  });

  test("a direct POST is refused with 403", async ({ request }) => {
    const res = await request.post("/api/articles", { data: { text: investmentArticle().text } });
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("needs the editor role"),
    });
  });
});

test("an anonymous POST is refused with 401 and the upload page says to log in", async ({
  playwright,
  page,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.post("/api/articles", { data: { text: investmentArticle().text } });
  expect(res.status()).toBe(401);
  expect((await res.json()).error.message).toContain("Log in first");
  await anonymous.dispose();

  await page.goto("/import");
  await page.getByRole("link", { name: "log in", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fimport/);
});

test("a failed login is reported at the field and keeps the email; logging in and out shows who is logged in", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is wrong" })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue("nobody@e2e.test");

  await logIn(page, VIEWER);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
});
