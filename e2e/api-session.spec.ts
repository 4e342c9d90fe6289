import { expect, test } from "@playwright/test";
import { EDITOR } from "./accounts";
import { investmentArticle } from "./factories";

// A script's view: no browser login, only HTTP. Each test starts without a session.
test.use({ storageState: { cookies: [], origins: [] } });

test("a script logs in over HTTP, imports with the session cookie, and logs out", async ({ request }) => {
  const anonymous = await request.post("/api/articles", { data: { text: investmentArticle().text } });
  expect(anonymous.status()).toBe(401);

  const login = await request.post("/api/session", { data: { email: EDITOR.email, password: EDITOR.password } });
  expect(login.status()).toBe(200);
  expect(await login.json()).toEqual({ user: { email: EDITOR.email, role: "editor" } });

  const imported = await request.post("/api/articles", { data: { text: investmentArticle().text } });
  expect(imported.status()).toBe(201);

  expect((await request.delete("/api/session")).status()).toBe(204);
  expect((await request.post("/api/articles", { data: { text: investmentArticle().text } })).status()).toBe(401);
});

test("a failed API login answers 401 with the same message as the login page, and bad bodies 400", async ({
  request,
}) => {
  // an unknown account: the same answer as a wrong password, without pausing the shared editor account
  const wrong = await request.post("/api/session", {
    data: { email: "nobody@e2e.test", password: "not-the-password" },
  });
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).error.message).toContain("The email or password is wrong.");

  const badJson = await request.post("/api/session", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{"),
  });
  expect(badJson.status()).toBe(400);
  const noEmail = await request.post("/api/session", { data: { password: "x" } });
  expect(noEmail.status()).toBe(400);
  expect((await noEmail.json()).error.fields.email).toBeDefined();
});
