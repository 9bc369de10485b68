import { signalColour } from "../../src/export/signal-colour";

describe("signalColour (issue 22 item 3: Making Data Count's colours everywhere)", () => {
  it("gives common-cause points MDC's grey", () => {
    expect(signalColour("")).toBe("#a6a6a6");
  });

  it("marks more crime as concern (orange) and less as improvement (blue) by default", () => {
    for (const high of ["Above UCL", "Run above", "Trend up", "2 of 3 above", "4 of 5 above"])
      expect(signalColour(high)).toBe("#e46c0a");
    for (const low of ["Below LCL", "Run below", "Trend down", "2 of 3 below", "4 of 5 below"])
      expect(signalColour(low)).toBe("#00b0f0");
  });

  it("follows the improvement direction, and gives purple when neither direction is better", () => {
    expect(signalColour("Above UCL", "UP")).toBe("#00b0f0");
    expect(signalColour("Below LCL", "UP")).toBe("#e46c0a");
    expect(signalColour("Above UCL", "NEITHER")).toBe("#490092");
  });

  it("colours few crossings by the point's side of the centre line", () => {
    expect(signalColour("Few crossings", "DOWN", 12, 10)).toBe("#e46c0a");
    expect(signalColour("Few crossings", "DOWN", 8, 10)).toBe("#00b0f0");
  });
});
