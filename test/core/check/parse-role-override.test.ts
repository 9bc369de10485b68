import { parseRoleOverride } from "../../../src/core/check/parse-role-override";

describe("reading an analyst's correction of a column's role", () => {
  it.each([
    ["Position=rank", { column: "Position", role: "rank" }],
    ["Movement = change", { column: "Movement", role: "numberChange" }],
    ["Up/down=% change", { column: "Up/down", role: "percentChange" }],
    ["Yearly Total=ignore", { column: "Yearly Total", role: "other" }],
    ["a=b=Total", { column: "a=b", role: "rowTotal" }],
  ])("reads %j", (text, expected) => {
    expect(parseRoleOverride(text)).toEqual(expected);
  });

  it.each(["Position", "=rank", "Position=ranking"])("refuses %j, saying how to write it", (text) => {
    expect(() => parseRoleOverride(text)).toThrow(/write HEADER=ROLE, the role one of label, period, count, change/);
  });
});
