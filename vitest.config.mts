import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/fresh-database.ts"],
    testTimeout: 30_000,
  },
});
