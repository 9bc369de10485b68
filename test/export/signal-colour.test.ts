import { signalColour } from "../../src/export/signal-colour";

describe("signalColour", () => {
  it("gives ordinary points the data line's dark blue", () => {
    expect(signalColour("")).toBe("#1f4e79");
  });

  it("gives each kind of signal its own colour, the same for above and below", () => {
    expect([signalColour("Above UCL"), signalColour("Below LCL")]).toEqual(["#c00000", "#c00000"]);
    expect([signalColour("Run above"), signalColour("Run below")]).toEqual(["#ed7d31", "#ed7d31"]);
    expect([signalColour("Trend up"), signalColour("Trend down")]).toEqual(["#7030a0", "#7030a0"]);
    expect([signalColour("2 of 3 above"), signalColour("4 of 5 below")]).toEqual(["#00897b", "#00897b"]);
  });

  it("still marks a signal it does not know", () => {
    expect(signalColour("Few crossings")).toBe("#8d6e63");
    expect(signalColour("Something new")).toBe("#8d6e63");
  });
});
