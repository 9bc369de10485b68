import { refuseTwoPeriods } from "../../../src/core/data/refuse-two-periods";
import { profileColumns } from "../../../src/core/detect/column-profile";
import { InputError } from "../../../src/core/errors";

const HEADER = ["Category", "Epoch", "Outcome Date", "Ward Name"];
const ROWS = [
  ["Burglary", "2019-06-01", "2019-08-14", "Bloomsbury"],
  ["Robbery", "2019-06-01", "", "Holborn"],
  ["Drugs", "2019-07-01", "2019-07-03", "Bloomsbury"],
];

describe("refuseTwoPeriods", () => {
  it("refuses a guessed period column when another column of dates puts a record in another month, offering each", () => {
    const refuse = () =>
      refuseTwoPeriods("c.csv", profileColumns(HEADER, ROWS), { month: 2, category: 0, area: 3 }, ROWS);
    expect(refuse).toThrow(InputError);
    expect(refuse).toThrow(
      'c.csv: columns "Outcome Date" and "Epoch" both hold dates, and they put some records in different months ("2019-08-14" and "2019-06-01" in one row)',
    );
    expect(refuse).toThrow(/\{option:periodColumn\} "Outcome Date".*\{option:periodColumn\} Epoch/);
  });

  it("leaves two columns of the same months in different forms alone", () => {
    const rows = [
      ["Burglary", "2019-06", "01/06/2019", "Bloomsbury"],
      ["Drugs", "2019-07", "15/07/2019", "Holborn"],
    ];
    const header = ["Category", "Month", "Date", "Ward Name"];
    expect(() =>
      refuseTwoPeriods("c.csv", profileColumns(header, rows), { month: 1, category: 0, area: 3 }, rows),
    ).not.toThrow();
  });

  it("leaves a column of years beside the months alone", () => {
    const rows = [
      ["Burglary", "2019-06", "2019", "Bloomsbury"],
      ["Drugs", "2019-07", "2019", "Holborn"],
    ];
    const header = ["Category", "Month", "Year", "Ward Name"];
    expect(() =>
      refuseTwoPeriods("c.csv", profileColumns(header, rows), { month: 1, category: 0, area: 3 }, rows),
    ).not.toThrow();
  });
});
