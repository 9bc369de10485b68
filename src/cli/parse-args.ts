import { UsageError } from "./usage-error";
import { CATALOGUE } from "../core/tables/catalogue";
import { INGEST_FLAGS } from "./ingest-flags";
import { optionFlag } from "./option-flag";
import { SIGNIFICANCE_LEVEL } from "../core/significance/significance-level";

/** The output formats of `satk table` (docx also for `satk report`). */
const FORMATS = ["csv", "md", "xlsx", "docx"] as const;
export type Format = (typeof FORMATS)[number];

/** A command line, read but not yet acted on. */
export interface CliArgs {
  command: "table" | "report" | "findings" | "check" | "help";
  /** The recipe id after `table`. */
  recipe?: string;
  /** The files after --input. */
  inputs: string[];
  format: Format;
  out?: string;
  /** --distinct-ids: count distinct crime IDs instead of rows. */
  distinctIds: boolean;
  /** --no-renames: keep old district names (Shepway) as they are. */
  noRenames: boolean;
  /** --area-words: how findings name the area of interest ("the borough"). */
  areaWords?: string;
  /** --force-name: the force's name in findings ("Kent": "a Kent Force wide increase"). */
  forceName?: string;
  /** --area-level: lsoa, ward, district (default), csp or force. */
  areaLevel?: string;
  /** --areas NAME,NAME: the force's own areas, instead of those "Falls within" gives. */
  areas?: string[];
  /** Recipe options by their catalogue flag ("--area" -> "Maidstone"), values as typed. */
  recipeFlags: Map<string, string>;
  /** Reading flags (--layout, --period-column, ..., --kind), values as typed. */
  ingestFlags: Map<string, string>;
  /** The values of each --filter COLUMN=VALUE, in order. */
  filters: string[];
  /** satk check: each --role "HEADER=ROLE", correcting what a column was recognised as. */
  roles: string[];
}

const OWN_FLAGS = new Set(["--input", "--format", "--out", "--distinct-ids", "--no-renames", "--help", "--area-words", "--force-name", "--area-level", "--areas"]);
/** --significance takes an optional level; without one (the next word not a number) it is 0.05. */
const LEVEL = /^(\d*\.\d+|\d+)%?$/;

/**
 * Reads `satk` arguments: `table <recipe> --input <files...> [options]`, `report --input <files...>
 * --out FILE [options]`, `findings --input <files...> [options]`, or `--help`. `--significance` may
 * be given without its level (0.05). Options are `--name value` or `--name=value`; `--input` takes
 * every value up to the next option. Recipe options are the flags the recipe catalogue lists; whether
 * the chosen recipe takes each one is checked when the recipe is known (see `main`).
 *
 * @param argv the arguments after `satk`
 * @returns the command line read
 * @throws {UsageError} for an unknown command or option, an option without its value, a repeated option or an unknown format
 * @example
 * parseArgs(["table", "rolling-year", "--input", "a.csv", "b.csv", "--area", "Maidstone"]);
 */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: "help", inputs: [], format: "csv", distinctIds: false, noRenames: false, recipeFlags: new Map(), ingestFlags: new Map(), filters: [], roles: [] };
  const recipeFlags = new Set(CATALOGUE.flatMap((r) => r.options.map((o) => optionFlag(o.name))));
  const words = argv.flatMap((word) => (/^--[a-z-]+=/.test(word) ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)] : [word]));
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    if (word === "--help") help = true;
    else if (word === "--distinct-ids") args.distinctIds = true;
    else if (word === "--no-renames") args.noRenames = true;
    else if (word === "--significance" && !LEVEL.test(words[i + 1] ?? "")) {
      if (args.recipeFlags.has(word)) throw new UsageError(`${word} is given twice.`);
      args.recipeFlags.set(word, String(SIGNIFICANCE_LEVEL));
    }
    else if (word === "--input") {
      while (i + 1 < words.length && !words[i + 1].startsWith("--")) args.inputs.push(words[++i]);
      if (args.inputs.length === 0) throw new UsageError("--input needs one or more files.");
    } else if (word === "--filter" || word === "--role" || INGEST_FLAGS[word] !== undefined) {
      const value = words[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${word} needs a value.`);
      if (word === "--filter") args.filters.push(value);
      else if (word === "--role") args.roles.push(value);
      else if (args.ingestFlags.has(word)) throw new UsageError(`${word} is given twice.`);
      else args.ingestFlags.set(word, value);
    } else if (OWN_FLAGS.has(word) || recipeFlags.has(word)) {
      const value = words[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${word} needs a value.`);
      if (word === "--format") args.format = format(value);
      else if (word === "--out") args.out = value;
      else if (word === "--area-words") args.areaWords = value;
      else if (word === "--force-name") args.forceName = value;
      else if (word === "--area-level") args.areaLevel = value;
      else if (word === "--areas") args.areas = value.split(",").map((n) => n.trim()).filter((n) => n !== "");
      else if (args.recipeFlags.has(word)) throw new UsageError(`${word} is given twice.`);
      else args.recipeFlags.set(word, value);
    } else throw new UsageError(`There is no option ${word}. See satk --help.`);
  }
  return help ? args : withCommand(args, positional);
}

function format(value: string): Format {
  const found = FORMATS.find((f) => f === value.toLowerCase());
  if (!found) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${value}".`);
  return found;
}

function withCommand(args: CliArgs, positional: string[]): CliArgs {
  const [command, recipe, ...extra] = positional;
  if (command === undefined) return args;
  if (args.roles.length > 0 && command !== "check") throw new UsageError("--role corrects a column of a table satk check reads; satk table, report and findings do not take it.");
  if (command === "table") {
    if (recipe === undefined) throw new UsageError(`satk table needs a recipe: ${CATALOGUE.map((r) => r.id).join(", ")}.`);
    if (extra.length > 0) throw new UsageError(`Unexpected "${extra[0]}": give files after --input.`);
    return { ...args, command, recipe };
  }
  if (command === "findings") {
    if (recipe !== undefined) throw new UsageError(`Unexpected "${recipe}": give files after --input.`);
    return { ...args, command };
  }
  if (command === "report") {
    if (recipe !== undefined) throw new UsageError(`Unexpected "${recipe}": give files after --input.`);
    if (!args.out) throw new UsageError("satk report needs --out FILE.docx.");
    return { ...args, command, format: "docx" };
  }
  if (command === "check") {
    if (recipe !== undefined) throw new UsageError(`Unexpected "${recipe}": give the table after --input.`);
    const others = [...args.recipeFlags.keys(), ...args.ingestFlags.keys(), ...(args.filters.length > 0 ? ["--filter"] : [])].filter((flag) => flag !== "--population");
    if (others.length > 0) throw new UsageError(`satk check takes --input, --population and --role, not ${others[0]}.`);
    return { ...args, command };
  }
  throw new UsageError(`There is no command "${command}": use "satk table <recipe>", "satk report" or "satk findings". See satk --help.`);
}
