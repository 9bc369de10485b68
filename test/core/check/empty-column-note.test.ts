import { emptyColumnNote } from "../../../src/core/check/empty-column-note";
import { readCheckTable } from "../../../src/core/check/read-check-table";

describe("the note for a column with nothing printed", () => {
  it("says a column of N/A has nothing to check, and says nothing of a column with a number", () => {
    const table = readCheckTable([
      ["Area", "2019", "2018", "% change"],
      ["Ashford", "4142", "N/A*", "N/A*"],
      ["Dover", "4233", "N/A*", "N/A*"],
    ]);
    expect(emptyColumnNote(table, table.columns[3])).toBe(
      '"% change": every cell is blank or N/A, so there is nothing to check.',
    );
    expect(emptyColumnNote(table, table.columns[1])).toBeNull();
  });
});
