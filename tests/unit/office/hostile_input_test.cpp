// What cannot be read is refused clearly: legacy and encrypted OLE files, damaged and truncated archives,
// zip bombs, zips that are not documents, parts that are not XML.
#include <gtest/gtest.h>

#include "office/zip_archive.hpp"
#include "office_test_support.hpp"

namespace plancheck::office {
namespace {

using namespace testing;

std::string utf16le(const std::string& ascii) {
  std::string out;
  for (char c : ascii) out += std::string(1, c) + '\0';
  return out;
}

std::string ole_with(const std::string& stream_name) {
  std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes += std::string(504, '\0') + utf16le("Root Entry") + std::string(40, '\0') + utf16le(stream_name);
  return bytes + std::string(512, '\0');
}

std::string small_docx() {
  Package pkg;
  pkg.body = p("第一章 总则") + p("本预案适用于本单位网络安全事件的应对工作。");
  return make_docx(pkg);
}

TEST(HostileInput, EachIsOneLineErrorNamingCauseAndFix) {
  struct Case {
    std::string name;
    std::string bytes;
    const char* cause;
    ErrorKind kind;
  };
  const std::string docx = small_docx();
  const Case cases[] = {
      {"old.doc", ole_with("WordDocument"), "soffice --headless --convert-to docx old.doc", ErrorKind::Unreadable},
      {"old.wps", ole_with("WordDocument"), "legacy binary Word/WPS", ErrorKind::Unreadable},
      {"secret.docx", ole_with("EncryptedPackage"), "encrypted", ErrorKind::Unreadable},
      {"sheet.xls", ole_with("Workbook"), "not a Word document", ErrorKind::Unreadable},
      {"cut.docx", docx.substr(0, docx.size() / 2), "damaged or truncated", ErrorKind::Syntax},
      {"empty.docx", make_zip({}), "not a Word (.docx)", ErrorKind::Unreadable},
      {"other.zip", make_zip({{"readme.txt", "hello"}}), "not a Word (.docx)", ErrorKind::Unreadable},
      {"bad.docx", make_zip({{"word/document.xml", "<w:document><w:body>"}}), "not well-formed XML", ErrorKind::Syntax},
      {"blank.docx", make_docx(Package{}), "no body text", ErrorKind::Empty},
  };
  for (const Case& c : cases) {
    const ToolError e = read_error(c.bytes, c.name);
    EXPECT_EQ(e.kind, c.kind) << c.name;
    EXPECT_EQ(e.file, c.name);
    EXPECT_NE(e.message.text(Lang::En).find(c.cause), std::string::npos) << c.name << ": " << e.message.text(Lang::En);
    EXPECT_EQ(e.to_string(Lang::En).find('\n'), std::string::npos) << c.name;
    EXPECT_EQ(e.to_string(Lang::Zh).find('\n'), std::string::npos) << c.name;
    EXPECT_NE(e.message.text(Lang::Zh), e.message.text(Lang::En)) << c.name << ": no Chinese text";
  }
}

TEST(HostileInput, PartsOverTheLimitsAreRefusedWithTheLimit) {
  const std::string bytes = make_zip({{"a.xml", std::string(3u << 20, 'a')}, {"b.xml", std::string(3u << 20, 'b')}});
  ZipFailure failure;
  ZipLimits limits;
  limits.max_part_bytes = 2u << 20;
  limits.max_total_bytes = 5u << 20;
  auto zip = ZipArchive::open(bytes, "x.docx", failure, limits);
  ASSERT_TRUE(zip.has_value()) << failure.message.text(Lang::En);
  EXPECT_FALSE(zip->read("a.xml", failure));
  EXPECT_NE(failure.message.text(Lang::En).find("more than 2 MiB"), std::string::npos) << failure.message.text(Lang::En);

  limits.max_part_bytes = 4u << 20;
  zip = ZipArchive::open(bytes, "x.docx", failure, limits);
  ASSERT_TRUE(zip.has_value());
  EXPECT_TRUE(zip->read("a.xml", failure));
  EXPECT_FALSE(zip->read("b.xml", failure));  // 6 MiB in total
  EXPECT_NE(failure.message.text(Lang::En).find("more than 5 MiB in total"), std::string::npos) << failure.message.text(Lang::En);
}

TEST(HostileInput, DeclaredSizeThatLiesIsCaughtWhileReading) {
  // The stored entry declares 10 bytes but holds 3 MiB: the reader stops at the limit, not at the declaration.
  std::string bytes = make_zip({{"a.xml", std::string(3u << 20, 'a')}});
  const std::string ten("\x0A\0\0\0", 4);
  bytes.replace(22, 4, ten);                                 // the local header's uncompressed size
  bytes.replace(bytes.find("PK\x01\x02") + 24, 4, ten);     // the central directory's
  ZipFailure failure;
  ZipLimits limits;
  limits.max_part_bytes = 1u << 20;
  auto zip = ZipArchive::open(bytes, "x.docx", failure, limits);
  ASSERT_TRUE(zip.has_value());
  EXPECT_FALSE(zip->read("a.xml", failure));
  EXPECT_NE(failure.message.text(Lang::En).find("1 MiB"), std::string::npos) << failure.message.text(Lang::En);
}

TEST(HostileInput, TextFilesAreNotOfficeFiles) {
  EXPECT_FALSE(read_office("第一章 总则\n本预案。\n", "plan.txt").has_value());
  EXPECT_FALSE(read_office("<?xml version=\"1.0\"?><plan/>", "plan.xml").has_value());
  EXPECT_EQ(sniff_container("PK\x03\x04rest"), Container::Zip);
  EXPECT_EQ(sniff_container("%PDF-1.7"), Container::Pdf);
  EXPECT_EQ(sniff_container(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)), Container::Ole);
  EXPECT_EQ(sniff_container("本预案提到 %PDF- 文件"), Container::None);
}

}  // namespace
}  // namespace plancheck::office
