/**
 * A local eslint rule: in src, an import of a file in another folder goes through that folder's index.ts, the
 * room's table of contents (`../csv`, not `../csv/scan-csv`); imports within a folder stay direct. Folders
 * without an index.ts are left alone, and so are two kinds of import that may name a file: a dynamic `import()`
 * (it loads the file only when needed, so the CLI starts without docx or ExcelJS), and a file that its room's
 * index leaves out with `@unlisted name` (Node-only, heavy, or run for its effect when loaded).
 * `node scripts/room-imports.mjs` (or `eslint --fix`) rewrites offenders.
 */
import fs from "fs";
import path from "path";

/** The file a relative specifier names, or undefined for a package or a missing file. */
function resolveModule(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base + ".ts", path.join(base, "index.ts"), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The files a room's index leaves out (`@unlisted name` in its header). */
export function unlistedIn(room) {
  const text = fs.readFileSync(path.join(room, "index.ts"), "utf8");
  return new Set([...text.matchAll(/@unlisted\s+([\w.-]+)/g)].map((m) => m[1].replace(/\.ts$/, "")));
}

/** The room import to use instead of `specifier`, or undefined when the import is fine as it is. */
export function roomImport(fromFile, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const target = resolveModule(fromFile, specifier);
  if (!target || path.basename(target) === "index.ts") return undefined;
  const room = path.dirname(target);
  if (room === path.dirname(fromFile) || !fs.existsSync(path.join(room, "index.ts"))) return undefined;
  if (unlistedIn(room).has(path.basename(target, ".ts"))) return undefined;
  const rel = path.relative(path.dirname(fromFile), room).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : "./" + rel;
}

const rule = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: { description: "Import another folder of src through its index.ts, never one of its files." },
    messages: { deep: "import {{room}}, the room's index, not {{specifier}}" },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    function check(node) {
      const source = node.source;
      if (!source || source.type !== "Literal" || typeof source.value !== "string") return;
      const room = roomImport(file, source.value);
      if (room === undefined) return;
      context.report({
        node: source,
        messageId: "deep",
        data: { room, specifier: source.value },
        fix: (fixer) => fixer.replaceText(source, JSON.stringify(room)),
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export default { rules: { "no-deep-import": rule } };
