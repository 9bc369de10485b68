import { ratingPoints } from "../../../src/core/morile/rating-points";
import type { MorileCriterion } from "../../../src/core/morile/profile";
import { InputError, NotAvailableError } from "../../../src/core/errors";

const confidence: MorileCriterion = {
  name: "Confidence",
  section: "confidence",
  levels: [
    { label: "Low", points: 0.5 },
    { label: "High", points: 1 },
  ],
};

describe("ratingPoints", () => {
  it("gives the points of the level whose label matches, in any case and with spaces", () => {
    expect(ratingPoints(confidence, "Low")).toBe(0.5);
    expect(ratingPoints(confidence, " HIGH ")).toBe(1);
  });

  it("accepts the points themselves, as a number or as text", () => {
    expect(ratingPoints(confidence, 0.5)).toBe(0.5);
    expect(ratingPoints(confidence, "1")).toBe(1);
  });

  it("matches a label before points when a label is itself a number", () => {
    const scale: MorileCriterion = {
      name: "Scale",
      section: "harm",
      levels: [
        { label: "2", points: 10 },
        { label: "Big", points: 2 },
      ],
    };
    expect(ratingPoints(scale, "2")).toBe(10);
    expect(ratingPoints(scale, 2)).toBe(10);
  });

  it("refuses other text, listing the levels with their points", () => {
    expect(() => ratingPoints(confidence, "Medium")).toThrow(InputError);
    expect(() => ratingPoints(confidence, "Medium")).toThrow(
      'Confidence: "Medium" is not one of its levels, which are Low (0.5), High (1).',
    );
  });

  it("calls a blank, null or 0 rating missing, naming the criterion and its levels", () => {
    for (const blank of ["", null, undefined, 0, NaN]) {
      expect(() => ratingPoints(confidence, blank)).toThrow(NotAvailableError);
    }
    expect(() => ratingPoints(confidence, "")).toThrow("Confidence has no rating: choose one of Low, High.");
  });
});
