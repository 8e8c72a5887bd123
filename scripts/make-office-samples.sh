#!/usr/bin/env bash
# Regenerates samples/office/: a Word, PDF and OpenDocument twin of each seed-derived sample, and then the
# hostile files of tests/data/office/. The .docx are written by scripts/make-docx.py (Python standard
# library); the .pdf and .odt by LibreOffice headless (apt-get install libreoffice-writer-nogui), which only
# this script needs: the generated files are committed and the tests read them as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
out=samples/office
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# name, twin, options of make-docx.py for the committed .docx
while read -r name twin options; do
  # shellcheck disable=SC2086
  python3 scripts/make-docx.py "$twin" "$out/$name.docx" $options
  # LibreOffice prints tracked changes as markup in a PDF: the PDF is made from a twin without them.
  python3 scripts/make-docx.py "$twin" "$tmp/$name.docx" ${options/--revisions/}
  soffice --headless --norestore --convert-to pdf --outdir "$tmp/pdf" "$tmp/$name.docx" >/dev/null
  soffice --headless --norestore --convert-to odt --outdir "$out" "$out/$name.docx" >/dev/null
  cp "$tmp/pdf/$name.pdf" "$out/$name.pdf"
done <<'LIST'
national-plan samples/national-plan.md --toc
chongqing-plan samples/chongqing-plan.md --toc --revisions
xinzhou-plan samples/xinzhou-plan.txt --revisions
compliant-plan samples/compliant-plan.xml --revisions
LIST

python3 scripts/make-office-fixtures.py
