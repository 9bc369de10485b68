import { offsetCell } from "../../../src/core/morile/offset-cell";
import { InputError } from "../../../src/core/errors";

describe("offsetCell", () => {
  it("moves from the top-left by rows and columns, keeping the sheet", () => {
    expect(offsetCell("Profile!A1", 6, 2)).toBe("Profile!C7");
  });

  it("keeps a quoted sheet name and carries past Z into AA", () => {
    expect(offsetCell("'MoRiLE profile'!Z1", 0, 1)).toBe("'MoRiLE profile'!AA1");
  });

  it("accepts dollar signs, a whole range and an address without a sheet", () => {
    expect(offsetCell("$B$3", 1, 1)).toBe("C4");
    expect(offsetCell("Scores!B3:E40", 0, 0)).toBe("Scores!B3");
  });

  it("refuses text that is not an address", () => {
    expect(() => offsetCell("the profile", 0, 0)).toThrow(InputError);
  });
});
