import type { ColumnRoles, DataKind, PoliceUkFile } from "./ingest-types";
import { cellText } from "../cells";

/** A police.uk file recognised by its header. */
export interface PoliceUkHeader {
  file: PoliceUkFile;
  kind: DataKind;
  roles: ColumnRoles;
  /** The "Falls within" column (the force), when the file has one. */
  forceColumn?: number;
  /** The header of a leading row-number column (pandas' "" or "Unnamed: 0", R's "" or "X"), when there is one. */
  indexColumn?: string;
  /** The reason, in plain words. */
  reason: string;
}

/** The columns street-level crimes and outcomes files share, in order; each then ends in its own. */
const PLACED_CRIME = [
  "crime id",
  "month",
  "reported by",
  "falls within",
  "longitude",
  "latitude",
  "location",
  "lsoa code",
  "lsoa name",
];
/** police.uk's files of placed crimes, told apart by their last column. */
const PLACED_FILES: { columns: string[]; file: PoliceUkFile; kind: DataKind; reason: string }[] = [
  {
    columns: [...PLACED_CRIME, "crime type"],
    file: "street",
    kind: "crimes",
    reason: "The header is a police.uk street-level crime file's (Crime ID, Month, ..., LSOA name, Crime type).",
  },
  {
    columns: [...PLACED_CRIME, "outcome type"],
    file: "outcomes",
    kind: "outcomes",
    reason:
      "The header is a police.uk outcomes file's (Crime ID, Month, ..., LSOA name, Outcome type): each row is one outcome.",
  },
];
const SEARCH_NEEDS = ["type", "date", "object of search", "outcome"];
const INDEX = /^(|x|\.\.\.1|unnamed: ?0|index)$/i;

/**
 * Recognises police.uk's three files by their header - street-level crimes (`Crime type`), outcomes
 * (`Outcome type`) and stop and search (`Type`, `Date`, `Object of search`, `Outcome`) - also when a
 * tool has re-saved them: pandas (`to_csv` writes the row index as a first column headed "" or
 * "Unnamed: 0"), R (`write.csv` writes row names under "" and turns spaces into dots: "Crime.ID"). The
 * index column is then skipped, and the rows are still records, never counts.
 *
 * Missing values: none; a header with blanks simply does not match.
 *
 * @param header the header row's cells
 * @returns the file, kind, roles and reason, or undefined when the header is none of them
 * @throws never
 * @example
 * policeUkHeader(["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type"])?.kind;
 * // => "outcomes"
 */
export function policeUkHeader(header: readonly unknown[]): PoliceUkHeader | undefined {
  const titles = header.map((cell) => cellText(cell));
  const names = titles.map((t) =>
    t
      .toLowerCase()
      .replace(/[._-]+/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const offset = names.length > 1 && INDEX.test(titles[0]) && names[1] !== "" ? 1 : 0;
  const indexColumn = offset === 1 ? titles[0] : undefined;
  const saved =
    indexColumn === undefined
      ? ""
      : ` The first column (${indexColumn === "" ? "unnamed" : `"${indexColumn}"`}) holds row numbers written by the tool that re-saved the file: it is not read, and each row is one record.`;
  const at = (list: string[]) => list.every((name, i) => names[offset + i] === name);
  const shift = (roles: ColumnRoles): ColumnRoles => {
    const out: ColumnRoles = { areaIsLsoa: roles.areaIsLsoa };
    for (const key of ["id", "month", "area", "category", "areaCode"] as const)
      if (roles[key] !== undefined) out[key] = (roles[key] as number) + offset;
    return out;
  };
  const placed = PLACED_FILES.find((f) => at(f.columns));
  if (placed) {
    return {
      file: placed.file,
      kind: placed.kind,
      // Street and outcomes files share their first nine columns, so their roles are the same.
      roles: shift({ id: 0, month: 1, area: 8, category: 9, areaIsLsoa: true, areaCode: 7 }),
      forceColumn: 3 + offset,
      indexColumn,
      reason: `${placed.reason}${saved}`,
    };
  }
  const search = SEARCH_NEEDS.map((name) => names.indexOf(name, offset));
  if (search.every((c) => c >= 0) && names.includes("legislation")) {
    const [type, date] = search;
    return {
      file: "stop-and-search",
      kind: "searches",
      roles: { month: date, category: type },
      indexColumn,
      reason: `The header is a police.uk stop-and-search file's (Type, Date, ..., Object of search, Outcome): each row is one search, by type (choose "Object of search" or "Outcome" as the category to count those instead); its dates are times, read in UK local time.${saved}`,
    };
  }
  return undefined;
}
