import { CATALOGUE } from "../core/tables";
import { optionFlag } from "./option-flag";

/**
 * The text of `satk --help`: usage, the common options, then every recipe of the catalogue with its
 * description and the options it takes (with defaults), so the help cannot drift from the recipes.
 *
 * @returns the help text
 * @throws never
 * @example
 * process.stdout.write(helpText());
 */
export function helpText(): string {
  const lines = [
    "satk - Strategic Assessment Toolkit: standard tables from police.uk files and other extracts",
    "",
    "Usage:",
    "  satk table <recipe> --input <files...> [options]   one table (CSV to standard output by default)",
    "  satk report --input <files...> --out FILE.docx [options]   all standard tables in a Word document, with key findings",
    "  satk findings --input <files...> [options]   the key findings of the standard tables, as text",
    "  satk check --input TABLE [--population FILE]   check a table's changes, % changes, ranks, totals, shares",
    "                       and rates (TABLE: .csv, .xlsx, .md or .tsv); exit 0 all agree, 1 some disagree, 3 unreadable",
    '                       --role "HEADER=ROLE" corrects a column recognised wrongly (rank, change, % change, ...)',
    "  satk --help",
    "",
    "Input files: CSV, .csv.gz or .xlsx (first sheet). police.uk street-level files are recognised by their",
    "header; long monthly counts (month, category, area, count) and wide tables (one column per month) too.",
    "Several files (one per month) are read as one.",
    "",
    "Common options:",
    "  --input <files...>   the data files (required, except for survey tables given --answers)",
    "  --format csv|md|xlsx|docx   csv (default): one header row, plain numbers, % change with one decimal,",
    "                       empty where not available; md: Markdown in house style; xlsx: the formatted table;",
    "                       docx: a Word document",
    "  --out FILE           write to FILE instead of standard output (required for xlsx and docx)",
    "  --force              write --out even when its extension is not the format's (.csv, .md, .xlsx, .docx)",
    "  --distinct-ids       count distinct crime IDs instead of rows (repeated IDs are reported as not used)",
    "  --no-renames         keep old district names (by default Shepway becomes Folkestone and Hythe)",
    '  --area-words WORDS   findings and report: how sentences name the area, e.g. "the borough" (default: its name)',
    '  --force-name NAME    findings and report: the force, e.g. Kent: "a Kent Force wide increase" (default: force-wide)',
    "  --area-level lsoa|ward|district|csp|force   the areas of by-area tables (default district); ward tables",
    "                       come from police.uk LSOA codes through ONS's LSOA-to-ward lookup, CSPs and forces",
    "                       from ONS's district-to-CSP-to-force lookup (both bundled)",
    "  --areas NAME,NAME    the force's own areas (default: those ONS places in the force the files fall within);",
    '                       other areas show as "Other areas", unranked, and rates use the own areas\' population',
    "",
    "Reading options (what was understood is printed to standard error on every run; these correct it):",
    "  --layout record|long|wide   one row per record (rows counted), one row per period with a count, or one",
    "                       column per period",
    "  --period-column NAME the column of periods: months, dates, UK-time timestamps, quarters (2019 Q1),",
    "                       years (2019) or financial years (2019/20, 2019-20, FY 2019/20)",
    "  --year-column NAME   the year, when year and month are separate columns (then --period-column is the month)",
    "  --category-column NAME, --area-column NAME, --count-column NAME, --id-column NAME   the other columns",
    '  --kind crimes|asb|outcomes|searches|counts   what the rows count; names the tables ("searches"); the',
    '                       crime grouping and "All crime" apply to crimes only',
    "  --delimiter comma|tab|semicolon|pipe   the character between fields (default: found from the first lines)",
    "  --columns-hold category|area   what a table with one column per name (Month, Burglary, Robbery) holds,",
    "                       when the table does not say",
    "  --filter COLUMN=VALUE   read only rows whose COLUMN holds VALUE (repeatable: rows must match all)",
    "  Row numbers, coordinates, codes, 0/1 flags and rates are never counted; a rate column is refused.",
    "",
    "Recipes:",
  ];
  for (const recipe of CATALOGUE) {
    lines.push(`  ${recipe.id}  (seed ${recipe.seed}) ${recipe.title}`, `      ${recipe.description}`);
    for (const o of recipe.options) {
      const given = o.required ? "required" : `default: ${o.defaultText}`;
      lines.push(`      ${optionFlag(o.name).padEnd(20)} ${o.description} (${given})`);
    }
  }
  lines.push(
    "",
    "Exit codes: 0 done; 2 bad arguments (an unknown option, a value out of range, an --out that cannot be written);",
    "3 bad input (the message names the file, row and value) or a full disk.",
    "",
  );
  return lines.join("\n");
}
