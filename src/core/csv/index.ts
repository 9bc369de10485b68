/**
 * src/core/csv: CSV at the byte level: the scanner, the delimiter sniffer, field text, the record reader and byte dictionary,
 * parseCsv for small files. Imports bytes and the core root, nothing above (not detect, not data).
 */

export * from "./byte-dictionary";
export * from "./code-at";
export * from "./csv-rows";
export * from "./field-text";
export * from "./parse-csv";
export * from "./read-record-part";
export * from "./record-reader";
export * from "./scan-csv";
export * from "./sniff-delimiter";
