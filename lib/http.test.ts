import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { readJson, readUploads } from "./http";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api", { method: "POST", body, headers });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJson", () => {
  it("parses a JSON body", async () => {
    expect(await readJson(post('{"email":"a@b.org"}'), "{}")).toEqual({ email: "a@b.org" });
  });

  it("says what to send when the body is no JSON", async () => {
    const error = await refusal(readJson(post("email=a"), '{"email": "…"}'));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe('The body is not valid JSON: send {"email": "…"}.');
  });

  it("refuses a body over the limit, declared or streamed", async () => {
    expect((await refusal(readJson(post("[1]", { "content-length": "2000" }), "[]", { limit: 1000 }))).code).toBe(
      "too_large",
    );
    const big = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(`"${"x".repeat(2000)}"`));
        c.close();
      },
    });
    const streamed = new Request("http://localhost/api", { method: "POST", body: big, duplex: "half" } as RequestInit);
    expect((await refusal(readJson(streamed, "[]", { limit: 1000 }))).message).toContain("over");
  });
});

describe("readUploads", () => {
  it("reads a multipart form and refuses one it cannot read", async () => {
    const form = new FormData();
    form.append("text", "hello");
    const request = new Request("http://localhost/api", { method: "POST", body: form });
    expect((await readUploads(request, "fields", { limit: 10_000 })).get("text")).toBe("hello");
    const broken = post("not multipart", { "content-type": "multipart/form-data; boundary=x" });
    expect((await refusal(readUploads(broken, '"file" fields', { limit: 10_000 }))).message).toContain(
      'send "file" fields',
    );
  });
});
