import { sheetName } from "./sheet-name";

/**
 * The name for a new sheet that never reuses an existing one: the wished-for name made valid for
 * Excel, or "name (2)", "name (3)" ... when it is taken. Excel compares sheet names without regard to
 * case, so "volume by type" is taken when "Volume by type" exists; the base is cut so that the
 * suffix still fits in Excel's 31 characters.
 *
 * @param preferred the wished-for name, such as "Volume by type"
 * @param existing the names of the workbook's sheets
 * @returns a name that no existing sheet has
 * @example
 * uniqueSheetName("Volume by type", ["Data", "Volume by type"]); // => "Volume by type (2)"
 */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = sheetName(preferred);
  if (!taken.has(base.toLowerCase()) && base.toLowerCase() !== "history") return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
