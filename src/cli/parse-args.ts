import { Command, CommanderError } from "commander";
import { UsageError } from "./usage-error";
import { CATALOGUE } from "../core/tables";
import { INGEST_FLAGS } from "./ingest-flags";
import { optionFlag } from "./option-flag";
import { SIGNIFICANCE_LEVEL } from "../core/significance";

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
  /** --force: write --out even when its extension is not the format's. */
  force?: boolean;
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

/** satk's own flags that take a value, beside the recipes' options and the reading flags. */
const OWN_FLAGS = ["--format", "--out", "--area-words", "--force-name", "--area-level", "--areas"];
/** satk's own switches. */
const SWITCHES = ["--distinct-ids", "--no-renames", "--force", "--help"];
/** A level such as 0.05, .05 or 5%: an option of type "level" followed by anything else takes its default. */
const LEVEL = /^(\d*\.\d+|\d+)%?$/;

/**
 * Reads `satk` arguments: `table <recipe> --input <files...> [options]`, `report --input <files...>
 * --out FILE [options]`, `findings --input <files...> [options]`, or `--help`, through commander. The
 * recipe options are the catalogue's declared options, each as its flag (`optionFlag`); an option of
 * type "level" (`--significance`) may be given without its value (its declared default). Options are
 * `--name value` or `--name=value`; `--input` takes every value up to the next option. Whether the
 * chosen recipe takes each option is checked when the recipe is known (see `main`).
 *
 * @param argv the arguments after `satk`
 * @returns the command line read
 * @throws {UsageError} for an unknown command or option, an option without its value, a repeated option or an unknown format
 * @example
 * parseArgs(["table", "rolling-year", "--input", "a.csv", "b.csv", "--area", "Maidstone"]);
 */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    command: "help",
    inputs: [],
    format: "csv",
    distinctIds: false,
    noRenames: false,
    recipeFlags: new Map(),
    ingestFlags: new Map(),
    filters: [],
    roles: [],
  };
  const program = satkCommand(args);
  try {
    program.parse(withDefaultLevels(argv), { from: "user" });
  } catch (error) {
    throw error instanceof CommanderError ? usageError(error) : error;
  }
  const switches = program.opts<{ distinctIds?: boolean; renames?: boolean; force?: boolean; help?: boolean }>();
  args.distinctIds = switches.distinctIds === true;
  args.noRenames = switches.renames === false;
  if (switches.force === true) args.force = true;
  return switches.help ? args : withCommand(args, program.args);
}

/** The recipes' options of type "level", with the value each takes when given alone. */
function levelOptions(): Map<string, string> {
  return new Map(
    CATALOGUE.flatMap((r) =>
      r.options
        .filter((o) => o.type === "level")
        .map((o) => [optionFlag(o.name), String(o.defaultValue ?? SIGNIFICANCE_LEVEL)] as const),
    ),
  );
}

/** `--significance` not followed by a level becomes `--significance=0.05`, so the next word stays what it is. */
function withDefaultLevels(argv: string[]): string[] {
  const levels = levelOptions();
  return argv.map((word, i) =>
    levels.has(word) && !LEVEL.test(argv[i + 1] ?? "") ? `${word}=${levels.get(word)}` : word,
  );
}

/** The command line as commander reads it: every flag's value stored in `args` as it is met, in order. */
function satkCommand(args: CliArgs): Command {
  const program = new Command("satk")
    .exitOverride()
    .helpOption(false)
    .allowExcessArguments(true)
    .argument("[words...]");
  program.configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  for (const flag of SWITCHES) program.option(flag);
  program.option("--input <files...>", "", (file: string) => void args.inputs.push(valueOf("--input", file)));
  program.option("--filter <value>", "", (value: string) => void args.filters.push(valueOf("--filter", value)));
  program.option("--role <value>", "", (value: string) => void args.roles.push(valueOf("--role", value)));
  for (const flag of OWN_FLAGS)
    program.option(`${flag} <value>`, "", (value: string) => ownFlag(args, flag, valueOf(flag, value)));
  for (const flag of Object.keys(INGEST_FLAGS))
    program.option(`${flag} <value>`, "", (value: string) => once(args.ingestFlags, flag, valueOf(flag, value)));
  const levels = levelOptions();
  const recipeFlags = new Set(CATALOGUE.flatMap((r) => r.options.map((o) => optionFlag(o.name))));
  for (const flag of recipeFlags) {
    program.option(`${flag} ${levels.has(flag) ? "[value]" : "<value>"}`, "", (value: string) =>
      once(args.recipeFlags, flag, valueOf(flag, value)),
    );
  }
  return program;
}

function valueOf(flag: string, value: string): string {
  if (value.startsWith("--")) throw new UsageError(`${flag} needs a value.`);
  return value;
}

function once(flags: Map<string, string>, flag: string, value: string): void {
  if (flags.has(flag)) throw new UsageError(`${flag} is given twice.`);
  flags.set(flag, value);
}

function ownFlag(args: CliArgs, flag: string, value: string): void {
  if (flag === "--format") args.format = format(value);
  else if (flag === "--out") args.out = value;
  else if (flag === "--area-words") args.areaWords = value;
  else if (flag === "--force-name") args.forceName = value;
  else if (flag === "--area-level") args.areaLevel = value;
  else if (flag === "--areas")
    args.areas = value
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n !== "");
}

/** Commander's complaint in satk's words. */
function usageError(error: CommanderError): UsageError {
  const flag = /'(-[^' =]*)/.exec(error.message)?.[1] ?? "";
  if (error.code === "commander.unknownOption") return new UsageError(`There is no option ${flag}. See satk --help.`);
  if (error.code === "commander.optionMissingArgument")
    return new UsageError(flag === "--input" ? "--input needs one or more files." : `${flag} needs a value.`);
  return new UsageError(`${error.message.replace(/^error: /, "")}. See satk --help.`);
}

function format(value: string): Format {
  const found = FORMATS.find((f) => f === value.toLowerCase());
  if (!found) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${value}".`);
  return found;
}

function withCommand(args: CliArgs, positional: string[]): CliArgs {
  const [command, recipe, ...extra] = positional;
  if (command === undefined) return args;
  if (args.roles.length > 0 && command !== "check")
    throw new UsageError(
      "--role corrects a column of a table satk check reads; satk table, report and findings do not take it.",
    );
  if (command === "table") {
    if (recipe === undefined)
      throw new UsageError(`satk table needs a recipe: ${CATALOGUE.map((r) => r.id).join(", ")}.`);
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
    const others = [
      ...args.recipeFlags.keys(),
      ...args.ingestFlags.keys(),
      ...(args.filters.length > 0 ? ["--filter"] : []),
    ].filter((flag) => flag !== "--population");
    if (others.length > 0) throw new UsageError(`satk check takes --input, --population and --role, not ${others[0]}.`);
    return { ...args, command };
  }
  throw new UsageError(
    `There is no command "${command}": use "satk table <recipe>", "satk report" or "satk findings". See satk --help.`,
  );
}
