import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import type { SessionUser } from "../schemas/user";
import { assertRole, hasRole, isRole } from "./roles";

const as = (role: SessionUser["role"]): SessionUser => ({ id: 1, email: `${role}@example.org`, role });

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.code : "other";
  }
}

describe("permission checks", () => {
  it("orders the roles viewer < editor < admin", () => {
    expect(hasRole(as("viewer"), "viewer")).toBe(true);
    expect(hasRole(as("viewer"), "editor")).toBe(false);
    expect(hasRole(as("editor"), "editor")).toBe(true);
    expect(hasRole(as("editor"), "admin")).toBe(false);
    expect(hasRole(as("admin"), "editor")).toBe(true);
    expect(hasRole(null, "viewer")).toBe(false);
  });

  it("refuses anonymous with 401 and a too-low role with 403, saying what is needed", () => {
    expect(codeOf(() => assertRole(null, "editor"))).toBe("unauthorized");
    expect(codeOf(() => assertRole(as("viewer"), "editor"))).toBe("forbidden");
    expect(codeOf(() => assertRole(as("editor"), "admin"))).toBe("forbidden");
    expect(() => assertRole(as("viewer"), "editor")).toThrow(
      "This needs the editor role; viewer@example.org is a viewer",
    );
    expect(() => assertRole(null, "editor")).toThrow("Log in first");
  });

  it("lets a high enough role through and returns the user", () => {
    expect(assertRole(as("editor"), "editor")).toEqual(as("editor"));
    expect(assertRole(as("admin"), "editor").role).toBe("admin");
  });

  it("knows the role names", () => {
    expect(isRole("editor")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
