import { roundHalfAway } from "../core/change";
import { countWords } from "../core/change";
import { excelSerialToDate } from "../core/periods";
import { SHORT_MONTH_NAMES } from "../core/periods";
import type { CellValue } from "./workbook-port";

/**
 * The text Excel shows for a value under a number format, for the formats the toolkit writes: "@"
 * (text), "General", "0", "0.0", "#,##0", signed sections such as `+#,##0;-#,##0;0` and
 * `+0.0%;-0.0%;0.0%`, quoted markers such as `0"*"`, and month dates such as "mmm yyyy". The
 * playground's grid shows cells through this, so it looks like Excel; it is not a general
 * implementation of Excel's format language.
 *
 * Missing values: "" shows as ""; a NaN shows as "#NUM!".
 *
 * @param value the cell value
 * @param numberFormat the cell's number format
 * @returns the displayed text
 * @example
 * displayText(0.286, "+0.0%;-0.0%;0.0%"); // => "+28.6%"
 * displayText(-2645, "+#,##0;-#,##0;0"); // => "-2,645"
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Number.isNaN(value)) return "#NUM!";
  if (numberFormat === "@" || numberFormat === "General" || numberFormat === "")
    return String(Number(value.toPrecision(11)));
  if (/m{3}/i.test(numberFormat)) return monthText(value, numberFormat);
  const sections = splitSections(numberFormat);
  if (value === 0 && sections.length >= 3) return renderSection(sections[2], 0);
  if (value < 0 && sections.length >= 2) return renderSection(sections[1], -value);
  const text = renderSection(sections[0], Math.abs(value));
  return value < 0 && !/^-?0(\.0*)?%?$/.test(text) ? `-${text}` : text;
}

/** The sections of a format, split at ";" outside quotes. */
function splitSections(format: string): string[] {
  const sections = [""];
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) sections.push("");
    else sections[sections.length - 1] += ch;
  }
  return sections;
}

/** One section: literal text around a digit pattern such as "#,##0" or "0.0", with an optional "%". */
function renderSection(section: string, value: number): string {
  let prefix = "";
  let suffix = "";
  let pattern = "";
  let quoted = false;
  for (const ch of section) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && /[#0,.]/.test(ch)) pattern += ch;
    else if (pattern === "") prefix += ch;
    else suffix += ch;
  }
  const percent = section.replace(/"[^"]*"/g, "").includes("%");
  const decimals = pattern.includes(".") ? pattern.split(".")[1].replace(/,/g, "").length : 0;
  const rounded = roundHalfAway(percent ? value * 100 : value, decimals).toFixed(decimals);
  const digits = pattern.includes(",") ? countWords(Number(rounded), decimals) : rounded;
  return prefix + digits + suffix;
}

/** A date serial shown as "Oct 2017" ("mmm yyyy") or "Oct-17" ("mmm-yy"). */
function monthText(serial: number, format: string): string {
  const date = excelSerialToDate(serial);
  const month = SHORT_MONTH_NAMES[date.month - 1];
  const year = /yyyy/i.test(format) ? String(date.year) : String(date.year).slice(-2);
  const separator = format.replace(/"/g, "").match(/m{3}(.)y/i)?.[1] ?? " ";
  return `${month}${separator}${year}`;
}
