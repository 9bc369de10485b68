import { checkRowsBesideParts } from "../../../src/core/data/rows-beside-parts";
import type { ColumnRoles } from "../../../src/core/detect/ingest-types";
import { InputError } from "../../../src/core/errors";

const ROLES: ColumnRoles = { month: 1, area: 2, count: 4 };
const check = (values: unknown[][], roles = ROLES, filters: { column: number }[] = []) =>
  checkRowsBesideParts(values, { name: "t.csv", roles, headerRow: 0, filters }, () => true);

describe("checkRowsBesideParts", () => {
  it("refuses England beside Greater Manchester and Trafford, naming the column, each level and the flag", () => {
    const values = [
      ["area_code", "period", "area_name", "age", "value"],
      ["E92000001", "2017", "England", "", 900],
      ["E47000001", "2017", "Greater Manchester", "", 90],
      ["E08000009", "2017", "Trafford", "", 9],
    ];
    expect(() => check(values)).toThrow(InputError);
    expect(() => check(values)).toThrow(
      'column "area_code" holds codes of areas at different levels (E92000001 a country, E47000001 a combined authority, E08000009 a unitary authority)',
    );
    expect(() => check(values)).toThrow(/\{option:filter\}/);
  });

  it("reads counties beside unitary authorities, and districts beside them, as one level", () => {
    const upper = [["area_code"], ["E10000007"], ["E06000001"], ["E09000002"]];
    const lower = [["area_code"], ["E07000110"], ["E06000035"], ["E08000009"]];
    expect(() => check(upper, {})).not.toThrow();
    expect(() => check(lower, {})).not.toThrow();
    expect(() => check([["area_code"], ["E10000016"], ["E07000110"]], {})).toThrow(/a county, .* a district/);
  });

  it("leaves a column of parent codes alone, and looks only at the rows read", () => {
    expect(() => check([["Parent Code"], ["E92000001"], ["E12000002"]], {})).not.toThrow();
    const values = [["Code"], ["E92000001"], ["E08000009"], ["E08000003"]];
    const kept = (row: unknown[]) => row[0] !== "E92000001";
    expect(() => checkRowsBesideParts(values, { name: "t.csv", roles: {}, headerRow: 0 }, kept)).not.toThrow();
  });

  it("refuses a column the reading does not use that holds All ages beside its bands, naming both ways to read it", () => {
    const values = [
      ["code", "period", "area", "age_group", "value"],
      ["E08000009", "2021", "Trafford", "All ages", 235],
      ["E08000009", "2021", "Trafford", "Aged 4 years and under", 13],
      ["E08000009", "2021", "Trafford", "Aged 5 to 9 years", 16],
    ];
    expect(() => check(values)).toThrow(
      'column "age_group" holds a total ("All ages") beside its parts ("Aged 4 years and under", "Aged 5 to 9 years"), and the reading adds its rows together',
    );
    expect(() => check(values)).toThrow(
      /\{option:filter\} \(such as "age_group=All ages"\).*\{option:categoryColumn\}/,
    );
  });

  it("leaves a total in the category (checked against its parts elsewhere), a filtered column and one value alone", () => {
    const values = [
      ["code", "period", "area", "sex", "value"],
      ["E08000009", "2021", "Trafford", "All persons", 9],
      ["E08000009", "2021", "Trafford", "Female", 5],
    ];
    expect(() => check(values, { ...ROLES, category: 3 })).not.toThrow();
    expect(() => check(values, ROLES, [{ column: 3 }])).not.toThrow();
    expect(() => check([["sex"], ["Persons"], ["Persons"]], {})).not.toThrow();
  });

  it("with no category, refuses a column whose values split rows of one period and area, offering both readings", () => {
    const values = [
      ["code", "period", "area", "series", "value"],
      ["E08000009", "2019-03", "Trafford", "Claimant count", 3415],
      ["E08000009", "2019-03", "Trafford", "Alternative claimant count", 3815],
    ];
    expect(() => check(values)).toThrow(
      'column "series" splits rows of the same period and area ("Claimant count", "Alternative claimant count")',
    );
    expect(() => check(values)).toThrow(
      /\{option:categoryColumn\}.*\{option:filter\} \(such as "series=Claimant count"\)/,
    );
    expect(() => check(values, { ...ROLES, category: 3 })).not.toThrow();
    const oneEach = [values[0], values[1], ["E08000009", "2019-04", "Trafford", "Alternative claimant count", 3600]];
    expect(() => check(oneEach)).not.toThrow();
  });
});
