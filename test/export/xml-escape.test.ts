import fc from "fast-check";
import { escapeXml } from "../../src/export/xml-escape";

describe("escapeXml", () => {
  it("replaces the five markup characters by their entities", () => {
    expect(escapeXml(`<a href="x">Tom's & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;",
    );
  });

  it("leaves ordinary text alone", () => {
    expect(escapeXml("Violence Against The Person")).toBe("Violence Against The Person");
  });

  it("never leaves a markup character in its result, and decoding gives the text back", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        const decoded = escaped
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&");
        expect(decoded).toBe(text);
      }),
    );
  });
});
