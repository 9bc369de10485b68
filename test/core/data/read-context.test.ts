import { rowError } from "../../../src/core/data/read-context";
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
