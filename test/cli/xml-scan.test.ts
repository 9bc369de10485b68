import { entitiesDecoded, nameCode, scanXml, xmlText, type XmlSink } from "../../src/cli/xml-scan";

const bytes = (text: string): Buffer => Buffer.from(text, "utf8");

/** A sink that records every event as text, wanting text always. */
function recorder(): XmlSink & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    wantsText: true,
    open: (code, b, from, to) => events.push(`open ${code === nameCode("c") ? "c" : code} [${b.subarray(from, to)}]`),
    close: (code) => events.push(`close ${code === nameCode("c") ? "c" : code}`),
    text: (b, from, to, raw) =>
      events.push(`${raw ? "raw" : "text"} ${raw ? b.subarray(from, to) : xmlText(b, from, to)}`),
  };
}

describe("scanXml", () => {
  it("reports elements by their local name, attributes as bytes, empty elements as opened and closed, text decoded", () => {
    const xml = bytes('<?xml version="1.0"?><!-- a > b --><x:c r="A1" t=\'s>\'/><c>1 &amp; 2<![CDATA[<&>]]></c>');
    const sink = recorder();
    expect(scanXml(xml, 0, xml.length, sink)).toBe(xml.length);
    expect(sink.events).toEqual([
      "open c [ r=\"A1\" t='s>']",
      "close c",
      "open c []",
      "text 1 & 2",
      "raw <&>",
      "close c",
    ]);
  });

  it("stops before a tag or a text that is cut off, for the next piece to finish", () => {
    const xml = bytes('<c r="A1"><v>12');
    const sink = recorder();
    expect(scanXml(xml, 0, xml.length, sink)).toBe(xml.indexOf("12"));
    expect(scanXml(bytes('<c r="A'), 0, 6, recorder())).toBe(0);
  });

  it("refuses a DTD, which could declare entities a reader would expand", () => {
    const xml = bytes('<!DOCTYPE x [<!ENTITY a "b">]><x/>');
    expect(() => scanXml(xml, 0, xml.length, recorder())).toThrow(/declares a DTD/);
  });
});

describe("xmlText", () => {
  it("decodes UTF-8, the named entities, decimal and hex references, and normalises CR LF and CR to LF", () => {
    const xml = bytes("Ynys M\u00f4n &lt;&gt;&amp;&quot;&apos; &#163;&#x20AC;&#x1F600; a\r\nb\rc&#13;");
    expect(xmlText(xml, 0, xml.length)).toBe("Ynys Môn <>&\"' £€😀 a\nb\nc\r");
  });

  it("refuses an entity XML does not define, and a reference to no character", () => {
    expect(() => entitiesDecoded("&nbsp;")).toThrow("its XML has &nbsp;, which is not an XML entity");
    expect(() => entitiesDecoded("&#xD800;")).toThrow(/&#xD800;/);
  });
});
