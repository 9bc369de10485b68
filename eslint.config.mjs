import js from "@eslint/js";
import tseslint from "typescript-eslint";
import rooms from "./eslint-rules/no-deep-import.mjs";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test/stubs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: {
        URL: "readonly",
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "element", property: "innerHTML", message: "Show user text with textContent." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]",
          message: "Show user text with textContent, never as HTML.",
        },
      ],
    },
  },
  {
    // Rooms: another folder of src is imported through its index.ts (tests are exempt).
    files: ["src/**/*.ts"],
    plugins: { rooms },
    rules: { "rooms/no-deep-import": "error" },
  },
);
