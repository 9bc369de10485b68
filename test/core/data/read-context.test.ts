import { periodError, rowError } from "../../../src/core/data/read-context";
import { createRecordSink } from "../../../src/core/data/record-sink";
import { InputError } from "../../../src/core/errors";

describe("rowError", () => {
  it("puts the input's name and the row before the message", () => {
    const context = { sink: createRecordSink({}), name: "a.csv", roles: {}, headerRow: 0, reason: (r: string) => r };
    const error = rowError(context, 12, new InputError("the month is blank"));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe("a.csv, row 12: the month is blank");
  });
});

describe("periodError", () => {
  const context = (headerCells?: unknown[]) => ({
    sink: createRecordSink({}),
    name: "a.csv",
    roles: { month: 1, category: 0 },
    headerRow: 0,
    reason: (r: string) => r,
    ...(headerCells ? { headerCells } : {}),
  });

  it("names the column the period was read from and the choice of another, after the row's message", () => {
    const error = periodError(context(["Category", "Outcome Date"]), 72, new InputError("The month is unreadable."));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'a.csv, row 72: The month is unreadable. It is in column "Outcome Date", read as the period ({option:periodColumn} chooses another).',
    );
  });

  it("says only the row's message when the header is not known", () => {
    expect(periodError(context(), 3, new InputError("The month is blank.")).message).toBe(
      "a.csv, row 3: The month is blank.",
    );
  });
});
