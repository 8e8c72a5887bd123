#!/usr/bin/env python3
"""Writes the hostile office files of tests/data/office/ (standard library only; the outputs are committed).

  bomb.docx       word/document.xml inflates to 200 MiB of white space (about 200 KB compressed)
  truncated.docx  the first half of samples/office/xinzhou-plan.docx
  legacy.doc      an OLE compound file with a WordDocument stream (Word 97–2003)
  legacy.wps      the same under the WPS extension
  encrypted.docx  an OLE compound file holding EncryptionInfo and EncryptedPackage (a password-protected .docx)
  scanned.pdf     three pages without a text layer

and the PDF seed of the office fuzz target, fuzz/corpus/office/text.pdf (a page of text lines).
"""

import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'data', 'office')


def ole(*streams):
    """Enough of an OLE compound file to be recognised: the header magic and directory entry names."""
    header = b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 504
    entries = b''
    for name in ('Root Entry',) + streams:
        raw = name.encode('utf-16-le')
        entries += raw + b'\0' * (128 - len(raw))
    return header + entries + b'\0' * 512


def pdf(page_contents):
    """A minimal PDF 1.4: one page per content stream, Helvetica as font F1, a classic xref table."""
    pages = len(page_contents)
    objects = ['<< /Type /Catalog /Pages 2 0 R >>',
               '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % (4 + 2 * i) for i in range(pages)), pages),
               '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    for i, content in enumerate(page_contents):
        objects.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> '
                       '/Contents %d 0 R >>' % (5 + 2 * i))
        objects.append('<< /Length %d >>\nstream\n%sendstream' % (len(content), content))
    out = b'%PDF-1.4\n'
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (n, body)).encode('ascii')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)).encode('ascii')
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode('ascii')
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)).encode('ascii')
    return out


def pdf_without_text(pages):
    # a grey rectangle where the scanned image would be
    return pdf(['0.9 g 72 72 451 698 re f\n'] * pages)


def pdf_with_text(lines):
    """One page of text lines (ASCII, Helvetica): a PDF with a text layer small enough to seed a fuzzer."""
    content = 'BT /F1 12 Tf 72 770 Td 16 TL\n'
    for line in lines:
        content += '(%s) Tj T*\n' % line.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content += 'ET\n'
    return pdf([content])


def main():
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, 'bomb.docx'), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo('[Content_Types].xml', (2024, 3, 1, 0, 0, 0)), '<Types/>')
        info = zipfile.ZipInfo('word/document.xml', (2024, 3, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, 'w', force_zip64=False) as f:
            f.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            chunk = b' ' * (1 << 20)
            for _ in range(200):
                f.write(chunk)
            f.write(b'</w:body></w:document>')
    sample = open(os.path.join(HERE, '..', 'samples', 'office', 'xinzhou-plan.docx'), 'rb').read()
    open(os.path.join(OUT, 'truncated.docx'), 'wb').write(sample[:len(sample) // 2])
    open(os.path.join(OUT, 'legacy.doc'), 'wb').write(ole('WordDocument', '\x01CompObj', '1Table'))
    open(os.path.join(OUT, 'legacy.wps'), 'wb').write(ole('WordDocument', '\x05SummaryInformation'))
    open(os.path.join(OUT, 'encrypted.docx'), 'wb').write(ole('EncryptionInfo', 'EncryptedPackage'))
    open(os.path.join(OUT, 'scanned.pdf'), 'wb').write(pdf_without_text(3))
    lines = ['Emergency Plan for Cybersecurity Incidents', '1 General Provisions', '1.1 Purpose',
             'This plan is drawn up under the Cybersecurity Law.', '2 Organisation', '2.1 Leading Group',
             '3 Event Levels', '4 Reporting: report within 1 hour.', '5 Drills: at least once a year.', '- 1 -']
    corpus = os.path.join(HERE, '..', 'fuzz', 'corpus', 'office')
    os.makedirs(corpus, exist_ok=True)
    open(os.path.join(corpus, 'text.pdf'), 'wb').write(pdf_with_text(lines))


if __name__ == '__main__':
    sys.exit(main())
