#!/usr/bin/env node
/**
 * Keeps the rooms of src in order (a room is a folder of src with an index.ts as its table of contents):
 *
 *   1. rewrites every import in src of a file in another room into an import of that room's index
 *      (`../data/dataset` becomes `../data`); imports within a room stay direct;
 *   2. regenerates the `export` lines of every index.ts from the room's files, keeping the index's header
 *      comment; a folder of src with two or more source files and no index.ts gets one, with a header to fill in.
 *
 * An index lists every file of its room that exports something, except those its header names with
 * `@unlisted file-name` (Node-only or heavy modules, or modules that do something when loaded, such as
 * registering actions); those, and anything a dynamic `import()` loads, are imported by their path. Where two files
 * export the same name, the first (in alphabetical order) keeps it and the later one is listed by named
 * exports without it, and the script says so. Subfolders are rooms of their own and are not re-exported.
 *
 * Idempotent: a second run changes nothing. Run it after merging, then `npx prettier --write` on what changed.
 *
 * Usage: node scripts/room-imports.mjs [--check]
 *   --check  change nothing; list what would change and exit 1 if anything would.
 */
/* global process, console */
import fs from "fs";
import path from "path";
import { createRequire } from "module";
import { fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const ts = require("typescript");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src");
const check = process.argv.includes("--check");
const changes = [];

/** Every folder of src (src itself excluded, it holds no modules). */
function folders(dir = src) {
  const subs = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(dir, e.name));
  return [...(dir === src ? [] : [dir]), ...subs.flatMap((d) => folders(d))];
}

/** The TypeScript modules of a folder, index.ts and declaration files left out, in alphabetical order. */
function modulesOf(dir) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts") && name !== "index.ts")
    .sort()
    .map((name) => path.join(dir, name));
}

/** The folders that have (or, after this run, will have) an index.ts. */
const rooms = new Set();
/** room -> the files its index leaves out (`@unlisted name`), which are imported by their path. */
const unlisted = new Map();

function write(file, text) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (old === text) return;
  changes.push(path.relative(root, file));
  if (!check) fs.writeFileSync(file, text);
}

// ---- 2. the index files (first, so step 1 knows every room) ----

const DEFAULT_HEADER = (dir) =>
  `/**\n * ${path.relative(root, dir)}: (say what this room holds and which rooms it may import).\n */\n`;

/** The leading comment of an index (everything before its first export line). */
function headerOf(text) {
  const at = text.search(/^export\b/m);
  return (at < 0 ? text : text.slice(0, at)).replace(/\s*$/, "\n");
}

/** name -> { kind: "type" | "value", origin: file that declares it } for the exports of a module. */
function exportsOf(file, seen = new Set()) {
  const names = new Map();
  if (seen.has(file) || !fs.existsSync(file)) return names;
  seen.add(file);
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const exported = (node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const local = new Map(); // names declared in the file, exported or not
  for (const st of sf.statements) {
    const kind = ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) ? "type" : "value";
    const declared = ts.isVariableStatement(st)
      ? st.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []))
      : st.name && ts.isIdentifier(st.name)
        ? [st.name.text]
        : [];
    for (const name of declared) {
      local.set(name, kind);
      if (exported(st) && !st.modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
        names.set(name, { kind, origin: file });
      }
    }
  }
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st)) continue;
    const from = st.moduleSpecifier && resolveModule(file, st.moduleSpecifier.text);
    if (!st.exportClause && from) {
      for (const [name, entry] of exportsOf(from, seen)) if (name !== "default") names.set(name, entry);
    } else if (st.exportClause && ts.isNamedExports(st.exportClause)) {
      const theirs = from ? exportsOf(from, seen) : undefined;
      for (const el of st.exportClause.elements) {
        const original = (el.propertyName ?? el.name).text;
        const typeOnly = st.isTypeOnly || el.isTypeOnly;
        const entry = theirs?.get(original) ?? { kind: local.get(original) ?? "value", origin: file };
        names.set(el.name.text, {
          kind: typeOnly ? "type" : entry.kind,
          origin: el.propertyName ? file : entry.origin,
        });
      }
    }
  }
  return names;
}

/** The file a relative specifier names, or undefined for a package or a missing file. */
function resolveModule(fromFile, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base + ".ts", path.join(base, "index.ts"), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function indexText(dir, old) {
  const header = old === undefined ? DEFAULT_HEADER(dir) : headerOf(old);
  const left = new Set([...header.matchAll(/@unlisted\s+([\w.-]+)/g)].map((m) => m[1].replace(/\.ts$/, "")));
  unlisted.set(dir, left);
  const taken = new Map(); // name -> file that keeps it
  const lines = [];
  for (const file of modulesOf(dir)) {
    const base = path.basename(file, ".ts");
    if (left.has(base)) continue;
    const names = exportsOf(file);
    if (names.size === 0) continue;
    const clashes = [...names].filter(([name, e]) => taken.has(name) && taken.get(name).origin !== e.origin);
    for (const [name, e] of names) if (!taken.has(name)) taken.set(name, { ...e, file: base });
    if (clashes.length === 0) {
      lines.push(`export * from "./${base}";`);
      continue;
    }
    for (const [name] of clashes) {
      console.warn(
        `${path.relative(root, file)}: ${name} is also exported by ./${taken.get(name).file}; the index keeps the latter`,
      );
    }
    const kept = [...names].filter(([name]) => !clashes.some(([c]) => c === name)).sort(([a], [b]) => (a < b ? -1 : 1));
    const values = kept.filter(([, e]) => e.kind === "value").map(([n]) => n);
    const types = kept.filter(([, e]) => e.kind === "type").map(([n]) => n);
    if (values.length) lines.push(`export { ${values.join(", ")} } from "./${base}";`);
    if (types.length) lines.push(`export type { ${types.join(", ")} } from "./${base}";`);
  }
  return `${header}\n${lines.join("\n")}\n`;
}

for (const dir of folders()) {
  const file = path.join(dir, "index.ts");
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (old === undefined && modulesOf(dir).length < 2) continue;
  rooms.add(dir);
  write(file, indexText(dir, old));
}

// ---- 1. imports across rooms go through the room's index ----

/** Every .ts file under a folder. */
function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** A static import's or export's specifier; a dynamic `import()` may name a file, to load it only when needed. */
const SPECIFIER = /(\bfrom\s*)(["'])(\.\.?\/[^"'\n]*|\.\.?)\2/g;

/** The room import that should replace `specifier` in `file`, or undefined to leave it. */
function roomImport(file, specifier) {
  const target = resolveModule(file, specifier);
  if (!target || !target.startsWith(src + path.sep)) return undefined;
  const room = path.dirname(target);
  if (room === path.dirname(file) || path.basename(target) === "index.ts" || !rooms.has(room)) return undefined;
  if (unlisted.get(room)?.has(path.basename(target, ".ts"))) return undefined;
  const rel = path.relative(path.dirname(file), room).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : "./" + rel;
}

for (const file of sources(src)) {
  const text = fs.readFileSync(file, "utf8");
  const out = text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
    const room = roomImport(file, specifier);
    return room === undefined ? whole : `${lead}${quote}${room}${quote}`;
  });
  write(file, out);
}

if (changes.length) console.log(`${check ? "would change" : "changed"}:\n  ${changes.join("\n  ")}`);
else console.log("rooms in order: nothing to change");
process.exit(check && changes.length ? 1 : 0);
