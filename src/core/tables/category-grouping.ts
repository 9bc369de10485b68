import { InputError } from "..";
import type { RowKind } from "./table-model";
import { cellText } from "../cells";
import { findColumn } from "./find-column";
import { nameKey } from "./name-key";

/** One line of a by-category table: a summary ("Victim based crime"), a group or a sub-group. */
export interface GroupLine {
  label: string;
  /** 0 for summaries and groups, 1 for sub-groups (shown "- Robbery"). */
  level: 0 | 1;
  /** "subtotal" for summaries and for groups that have sub-groups, "data" otherwise. */
  kind: RowKind;
  /** The crime types (the Dataset's category names) the line adds up. */
  categories: string[];
}

/** The report's grouping of crime types, in table order. "All crime" is not a line: recipes add it. */
export interface CategoryGrouping {
  lines: GroupLine[];
  /** Every crime type the grouping places. */
  categories: string[];
}

const TABLE = "The crime type grouping table";

/**
 * Reads a crime type grouping supplied as a table (header row first) with columns "Crime type",
 * "Group", and optionally "Sub-group" and "Summary". Each row places one crime type: in its group, in a
 * sub-group of it when given, and under a summary line when given (such as "Victim based crime" above
 * "Violent crime" and "Burglary", as in seed table 2.6). Lines appear in the order first met, each
 * summary before its groups and each group before its sub-groups.
 *
 * Missing values: wholly blank rows are skipped; a blank "Sub-group" or "Summary" means none; a blank
 * "Crime type" or "Group" on a non-blank row is an error.
 *
 * @param matrix the table's cells, header row first
 * @returns the grouping
 * @throws {InputError} naming the row when a crime type or group is blank, a crime type is placed twice,
 *   or one group is put under two different summaries
 * @example
 * parseCategoryGrouping([["Crime type", "Group", "Sub-group"],
 *   ["Violence and sexual offences", "Violent crime", "Violence and sexual offences"],
 *   ["Robbery", "Violent crime", "Robbery"]]);
 */
export function parseCategoryGrouping(matrix: readonly (readonly unknown[])[]): CategoryGrouping {
  if (matrix.length === 0) throw new InputError(`${TABLE} is empty; it needs a header row and one row per crime type.`);
  const header = matrix[0];
  const col = {
    type: findColumn(header, ["Crime type", "Category", "Crime category"], TABLE),
    group: findColumn(header, ["Group", "Report group"], TABLE),
    sub: findColumn(header, ["Sub-group", "Subgroup", "Sub group"], TABLE, false),
    summary: findColumn(header, ["Summary", "Summary group"], TABLE, false),
  };
  const tree = new GroupingTree();
  for (let r = 1; r < matrix.length; r++) {
    const row = matrix[r];
    const at = (c: number) => (c < 0 ? "" : cellText(row[c]));
    if (row.every((v) => cellText(v) === "")) continue;
    tree.place(r + 1, at(col.type), at(col.group), at(col.sub), at(col.summary));
  }
  return tree.flatten();
}

interface GroupNode {
  label: string;
  types: string[];
  subs: Map<string, { label: string; types: string[] }>;
}

interface SummaryNode {
  label: string;
  groups: Map<string, GroupNode>;
}

/** Summaries and groups as first met, then flattened into table lines. */
class GroupingTree {
  private readonly top = new Map<string, SummaryNode | GroupNode>();
  private readonly groups = new Map<string, { node: GroupNode; summary: string; row: number }>();
  private readonly placed = new Map<string, { type: string; row: number }>();

  place(row: number, type: string, group: string, sub: string, summary: string): void {
    if (type === "") throw new InputError(`${TABLE}, row ${row}: the crime type is blank.`);
    if (group === "") throw new InputError(`${TABLE}, row ${row}: "${type}" has no group.`);
    const earlier = this.placed.get(nameKey(type));
    if (earlier) {
      throw new InputError(
        `${TABLE}, row ${row}: "${type}" is already placed on row ${earlier.row}; a crime type can be in one group only.`,
      );
    }
    this.placed.set(nameKey(type), { type, row });
    const node = this.group(row, group, summary);
    node.types.push(type);
    if (sub !== "") {
      const key = nameKey(sub);
      if (!node.subs.has(key)) node.subs.set(key, { label: sub, types: [] });
      node.subs.get(key)?.types.push(type);
    }
  }

  private group(row: number, label: string, summary: string): GroupNode {
    const known = this.groups.get(nameKey(label));
    if (known) {
      if (nameKey(known.summary) !== nameKey(summary)) {
        throw new InputError(
          `${TABLE}, row ${row}: group "${label}" is under summary "${summary}" here but under "${known.summary}" on row ${known.row}.`,
        );
      }
      return known.node;
    }
    const node: GroupNode = { label, types: [], subs: new Map() };
    this.groups.set(nameKey(label), { node, summary, row });
    if (summary === "") {
      this.top.set(nameKey(label), node);
    } else {
      const key = nameKey(summary);
      if (!this.top.has(key)) this.top.set(key, { label: summary, groups: new Map() });
      (this.top.get(key) as SummaryNode).groups.set(nameKey(label), node);
    }
    return node;
  }

  flatten(): CategoryGrouping {
    const lines: GroupLine[] = [];
    for (const item of this.top.values()) {
      if ("groups" in item) {
        const groups = [...item.groups.values()];
        lines.push({ label: item.label, level: 0, kind: "subtotal", categories: groups.flatMap((g) => g.types) });
        for (const g of groups) lines.push(...groupLines(g));
      } else {
        lines.push(...groupLines(item));
      }
    }
    return { lines, categories: [...this.placed.values()].map((p) => p.type) };
  }
}

function groupLines(node: GroupNode): GroupLine[] {
  const kind: RowKind = node.subs.size > 0 ? "subtotal" : "data";
  const lines: GroupLine[] = [{ label: node.label, level: 0, kind, categories: [...node.types] }];
  for (const sub of node.subs.values())
    lines.push({ label: sub.label, level: 1, kind: "data", categories: [...sub.types] });
  return lines;
}
