#!/usr/bin/env bash
# Renders a Word report as the reader sees it: satk report -> LibreOffice PDF -> PNG pages at 60 dpi.
# Usage: scripts/render-report.sh OUT_DIR satk-report-arguments...   (e.g. --input data/*.csv.gz --area Newport)
# Prints the page count; the pages are OUT_DIR/page-NN.png.
set -euo pipefail
out="$1"; shift
here="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
rm -f "$out"/page-*.png "$out"/report.pdf
(cd "$here" && npx tsx -e 'require("./src/cli/main").main(process.argv.slice(1)).then((c) => (process.exitCode = c))' \
  report "$@" --out "$out/report.docx") 2>"$out/stderr.txt"
libreoffice --headless --convert-to pdf --outdir "$out" "$out/report.docx" >/dev/null 2>&1
pdftoppm -png -r 60 "$out/report.pdf" "$out/page"
echo "pages: $(ls "$out"/page-*.png | wc -l)"
