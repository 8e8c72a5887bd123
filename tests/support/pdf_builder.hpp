// Writes minimal PDF files in memory (one content stream per page) for the tests: Helvetica text, or any
// text of the Basic Multilingual Plane in a CID font whose codes are the characters' code points, with a
// ToUnicode map (no glyphs are embedded: the text layer is what a reader reads).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace plancheck::office::testing {

enum class PdfText { Latin, Unicode };

namespace pdf_detail {

// <hex> of `utf8` as two-byte codes: each code point of the BMP, U+FFFD for the rest.
inline std::string hex_codes(const std::string& utf8) {
  std::string out = "<";
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    unsigned cp = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : 0xFFFDu;
    for (std::size_t k = 1; k < n && n < 4 && i + k < utf8.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    char code[5];
    std::snprintf(code, sizeof code, "%04X", cp);
    out += code;
    i += n;
  }
  return out + ">";
}

inline std::string stream(const std::string& content) {
  return "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream";
}

// The ToUnicode map of codes that are code points: one range per high byte, surrogates left out.
inline std::string identity_to_unicode() {
  std::string ranges;
  int count = 0;
  std::string cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
                     "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                     "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
  for (unsigned high = 0; high < 256; ++high) {
    if (high >= 0xD8 && high <= 0xDF) continue;
    char range[40];
    std::snprintf(range, sizeof range, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
    ranges += range;
    if (++count == 100) {
      cmap += "100 beginbfrange\n" + ranges + "endbfrange\n";
      ranges.clear();
      count = 0;
    }
  }
  if (count > 0) cmap += std::to_string(count) + " beginbfrange\n" + ranges + "endbfrange\n";
  return cmap + "endcmap CMapName currentdict /CMap defineresource pop end end\n";
}

}  // namespace pdf_detail

// A page of text at given places (in points from the page's bottom left), in the Unicode font at 10.5 pt.
struct PlacedText {
  double x = 0;
  double y = 0;
  std::string text;
};

inline std::string make_pdf_from_content(const std::vector<std::string>& contents, PdfText text);

// Each page is a list of lines drawn from the top; an empty page has no text layer.
inline std::string make_pdf(const std::vector<std::vector<std::string>>& pages, PdfText text = PdfText::Latin) {
  std::vector<std::string> contents;
  for (const std::vector<std::string>& page : pages) {
    std::string content;
    if (!page.empty()) {
      content = "BT /F1 12 Tf 72 740 Td 14 TL\n";
      for (const std::string& line : page) {
        content += (text == PdfText::Latin ? "(" + line + ")" : pdf_detail::hex_codes(line)) + " Tj T*\n";
      }
      content += "ET\n";
    }
    contents.push_back(std::move(content));
  }
  return make_pdf_from_content(contents, text);
}

inline std::string make_placed_pdf(const std::vector<std::vector<PlacedText>>& pages) {
  std::vector<std::string> contents;
  for (const std::vector<PlacedText>& page : pages) {
    std::string content;
    for (const PlacedText& t : page) {
      char at[64];
      std::snprintf(at, sizeof at, "%.1f %.1f", t.x, t.y);
      content += "BT /F1 10.5 Tf " + std::string(at) + " Td " + pdf_detail::hex_codes(t.text) + " Tj ET\n";
    }
    contents.push_back(std::move(content));
  }
  return make_pdf_from_content(contents, PdfText::Unicode);
}

// One page per content stream.
inline std::string make_pdf_from_content(const std::vector<std::string>& contents, PdfText text) {
  const std::vector<std::string>& pages = contents;
  std::vector<std::string> objects;  // object n is objects[n - 1]
  const std::size_t n_pages = pages.size();
  const std::size_t extra = 4 + 2 * n_pages;  // the Unicode font's other objects follow the pages
  std::string kids;
  for (std::size_t i = 0; i < n_pages; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n_pages) + " >>");
  objects.push_back(text == PdfText::Latin
                        ? "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
                        : "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [" +
                              std::to_string(extra) + " 0 R] /ToUnicode " + std::to_string(extra + 2) + " 0 R >>");
  for (std::size_t i = 0; i < n_pages; ++i) {
    const std::string& content = pages[i];
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + std::to_string(5 + 2 * i) +
                      " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    objects.push_back(pdf_detail::stream(content));
  }
  if (text == PdfText::Unicode) {
    objects.push_back("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
                      "/Ordering (Identity) /Supplement 0 >> /FontDescriptor " + std::to_string(extra + 1) +
                      " 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>");
    objects.push_back("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 "
                      "/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
    objects.push_back(pdf_detail::stream(pdf_detail::identity_to_unicode()));
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    std::string digits = std::to_string(off);
    pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace plancheck::office::testing
