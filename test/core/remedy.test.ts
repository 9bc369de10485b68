import { columnRef, optionRef, plainRemedies, remediesOf, renderRemedies } from "../../src/core/remedy";

describe("remedies", () => {
  it("carries an option and a column as data in the text", () => {
    const text = `head one ${columnRef("Population")}, or name it with ${optionRef("populationColumn")}.`;
    expect(remediesOf(text)).toEqual([{ column: "Population" }, { option: "populationColumn" }]);
  });

  it("is said in each front end's words", () => {
    const text = `choose them with ${optionRef("areas")}.`;
    expect(renderRemedies(text, (r) => ("option" in r ? `--${r.option}` : r.column))).toBe("choose them with --areas.");
    expect(plainRemedies(`choose it (${optionRef("countColumn")})`)).toBe("choose it (the count column option)");
  });
});
