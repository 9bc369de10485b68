/**
 * src/core/bytes: Bytes and encodings: gzip, CRC-32, UTF-8 and Windows-1252 decoding, encoding detection, joining pieces.
 * The lowest room of the readers: imports only the core root (errors) and fflate.
 * @unlisted gunzip-if-needed (fflate: imported by its path, so the rooms above load no package)
 */

export * from "./concat-bytes";
export * from "./crc32";
export * from "./decode-windows-1252";
export * from "./detect-encoding";
export * from "./gzip-trailer";
export * from "./is-valid-utf8";
export * from "./utf8-decode";
export * from "./utf8-encode";
export * from "./utf8-pieces";
