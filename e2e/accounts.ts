import path from "node:path";
import type { Page } from "@playwright/test";

/** Accounts the webServer command creates with scripts/user-add.ts (see playwright.config.ts). */
export const EDITOR = {
  email: "editor@e2e.test",
  password: "e2e-editor-password",
  state: path.join("test-results", ".auth", "editor.json"),
};
export const ADMIN = {
  email: "admin@e2e.test",
  password: "e2e-admin-password",
  state: path.join("test-results", ".auth", "admin.json"),
};
export const VIEWER = {
  email: "viewer@e2e.test",
  password: "e2e-viewer-password",
  state: path.join("test-results", ".auth", "viewer.json"),
};

export async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByText(`Logged in as ${account.email}`).waitFor();
}
