#!/usr/bin/env python3
"""Writes the hostile office files of tests/data/office/ (standard library only; the outputs are committed).

  bomb.docx       word/document.xml inflates to 200 MiB of white space (about 200 KB compressed)
  truncated.docx  the first half of samples/office/xinzhou-plan.docx
  legacy.doc      an OLE compound file with a WordDocument stream (Word 97–2003)
  legacy.wps      the same under the WPS extension
  encrypted.docx  an OLE compound file holding EncryptionInfo and EncryptedPackage (a password-protected .docx)
  scanned.pdf     three pages without a text layer
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


def pdf_without_text(pages):
    objects = ['<< /Type /Catalog /Pages 2 0 R >>',
               '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % (3 + 2 * i) for i in range(pages)), pages)]
    for i in range(pages):
        objects.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>' % (4 + 2 * i))
        content = '0.9 g 72 72 451 698 re f\n'  # a grey rectangle where the scanned image would be
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


if __name__ == '__main__':
    sys.exit(main())
