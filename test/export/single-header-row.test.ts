import { singleHeaderRow } from "../../src/export/single-header-row";
import { sampleTable } from "../cli/sample-table";

describe("singleHeaderRow", () => {
  it("takes each column's lowest header text, falling back to the text above a blank", () => {
    expect(singleHeaderRow(sampleTable().headerRows)).toEqual([
      "Crime type",
      "October 2017",
      "RY ending Oct 2017",
      "RY ending Oct 2016",
      "Number change",
      "% change",
    ]);
  });

  it("fills every column a spanning header covers when nothing lower says more", () => {
    expect(singleHeaderRow([[{ text: "Area" }, { text: "Rolling year", span: 2 }]])).toEqual([
      "Area",
      "Rolling year",
      "Rolling year",
    ]);
  });
});

describe("singleHeaderRow with units under a spanning head", () => {
  it("names the survey's % and n columns by their answer (seed 2.4)", () => {
    const top = [
      { text: "Ward" },
      { text: "Very worried", span: 2 },
      { text: "Somewhat worried", span: 2 },
      { text: "Very or somewhat worried" },
    ];
    const second = [{ text: "" }, { text: "%" }, { text: "n" }, { text: "%" }, { text: "n" }, { text: "%" }];
    expect(singleHeaderRow([top, second])).toEqual([
      "Ward",
      "Very worried %",
      "Very worried n",
      "Somewhat worried %",
      "Somewhat worried n",
      "Very or somewhat worried %",
    ]);
  });
});
