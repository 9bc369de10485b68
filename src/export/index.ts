/**
 * src/export: Writers: TableModel to .docx, .xlsx, HTML, CSV and Markdown, SPC chart SVG and PNG, the clipboard.
 * Imports core only. Left out, and imported by their path: the Node-only and the heavy modules (docx, ExcelJS,
 * resvg), so the task pane's bundle and the CLI's start load them only where and when they are needed.
 * @unlisted node-svg-to-png (Node only: reads the font and WebAssembly files)
 * @unlisted svg-to-png (resvg)
 * @unlisted browser-svg-to-png (resvg)
 * @unlisted docx (docx)
 * @unlisted docx-table (docx)
 * @unlisted word-report (docx)
 * @unlisted word-file (docx)
 * @unlisted table-xlsx (ExcelJS)
 */

export * from "./chart-month-label";
export * from "./clipboard";
export * from "./dropped-line";
export * from "./header-layout";
export * from "./lines-under-table";
export * from "./narrow-header-text";
export * from "./nice-ticks";
export * from "./row-texts";
export * from "./safe-file-name";
export * from "./signal-colour";
export * from "./single-header-row";
export * from "./spc-chart-svg";
export * from "./table-columns";
export * from "./table-csv";
export * from "./table-html";
export * from "./table-markdown";
export * from "./table-text";
export * from "./table-transfer";
export * from "./word-findings";
export * from "./word-number-text";
export * from "./xml-escape";
