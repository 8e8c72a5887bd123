// Charset detection and conversion: every supported encoding, every error kind with its byte offset.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "../../support/test_names.hpp"
#include "text/ingest.hpp"
#include "text/utf8.hpp"

namespace plancheck::text {
namespace {

const std::string kDir = std::string(PLANCHECK_TEST_DATA) + "/encoding/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Decodes {
  const char* file;
  const char* encoding;
};

class IngestDecodes : public ::testing::TestWithParam<Decodes> {};

TEST_P(IngestDecodes, DetectsEncodingAndConvertsToTheSameUtf8) {
  const auto r = read_text_file(kDir + GetParam().file);
  ASSERT_TRUE(r.ok()) << r.error().to_string(Lang::En);
  EXPECT_EQ(r.value().encoding, GetParam().encoding);
  EXPECT_EQ(r.value().utf8, slurp(kDir + "chongqing_utf8.txt"));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, IngestDecodes,
                         ::testing::Values(Decodes{"chongqing_utf8.txt", "UTF-8"},
                                           Decodes{"chongqing_utf8_bom.txt", "UTF-8 (BOM)"},
                                           Decodes{"chongqing_utf16le_bom.txt", "UTF-16LE"},
                                           Decodes{"chongqing_utf16be_bom.txt", "UTF-16BE"},
                                           Decodes{"chongqing_gb18030.txt", "GB18030"}),
                         [](const auto& info) { return plancheck::testing::identifier(info.param.file); });

struct Fails {
  const char* file;
  ErrorKind kind;
  std::size_t offset;
};

class IngestFails : public ::testing::TestWithParam<Fails> {};

TEST_P(IngestFails, ReportsKindAndByteOffset) {
  const std::string path = kDir + GetParam().file;
  const auto r = read_text_file(path);
  ASSERT_FALSE(r.ok()) << "decoded as " << r.value().encoding;
  EXPECT_EQ(r.error().kind, GetParam().kind) << r.error().to_string(Lang::En);
  EXPECT_EQ(r.error().location.offset, GetParam().offset) << r.error().to_string(Lang::En);
  EXPECT_EQ(r.error().file, path);
  EXPECT_EQ(r.error().to_string(Lang::En).find('\n'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, IngestFails,
                         ::testing::Values(Fails{"truncated_utf8.txt", ErrorKind::Encoding, 2044},
                                           Fails{"corrupted_utf8.txt", ErrorKind::Encoding, 1023},
                                           Fails{"gb18030_invalid.txt", ErrorKind::Encoding, 6},
                                           Fails{"empty.txt", ErrorKind::Empty, 0},
                                           Fails{"whitespace.txt", ErrorKind::Empty, 0},
                                           Fails{"binary_nul.bin", ErrorKind::Binary, 4},
                                           Fails{"png_header.png", ErrorKind::Binary, 0},
                                           Fails{"no_such_file.txt", ErrorKind::Unreadable, 0}),
                         [](const auto& info) { return plancheck::testing::identifier(info.param.file); });

struct Bytes {
  const char* name;
  std::string bytes;
  bool ok;
  const char* encoding_or_kind;
  std::size_t offset;
  std::string utf8;
};

class DecodeBytes : public ::testing::TestWithParam<Bytes> {};

TEST_P(DecodeBytes, Decodes) {
  const Bytes& c = GetParam();
  const auto r = decode_bytes(c.bytes, "mem.txt");
  ASSERT_EQ(r.ok(), c.ok) << (r.ok() ? r.value().encoding : r.error().to_string(Lang::En));
  if (c.ok) {
    EXPECT_EQ(r.value().encoding, c.encoding_or_kind);
    EXPECT_EQ(r.value().utf8, c.utf8);
  } else {
    EXPECT_EQ(to_string(r.error().kind), c.encoding_or_kind) << r.error().to_string(Lang::En);
    EXPECT_EQ(r.error().location.offset, c.offset) << r.error().to_string(Lang::En);
  }
}

using namespace std::string_literals;

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeBytes,
    ::testing::Values(
        Bytes{"Ascii", "plan\r\n", true, "UTF-8", 0, "plan\r\n"},
        Bytes{"LoneCrIsALineEnd", "a\rb\r\nc\nd\r", true, "UTF-8", 0, "a\nb\r\nc\nd\n"},
        Bytes{"LoneCrInGbk", "\xB5\xDA" "1\xD5\xC2\r\xD7\xDC\xD4\xF2\r", true, "GB18030", 0, "第1章\n总则\n"},
        Bytes{"LoneCrInUtf16", "\xFF\xFE" "a\0\r\0b\0"s, true, "UTF-16LE", 0, "a\nb"},
        Bytes{"GbkMixedWithAscii", "\xB5\xDA" "1\xD5\xC2", true, "GB18030", 0, "第1章"},
        Bytes{"GbkStartingLikeUtf8", "\xD3\xA6\xBC\xB1\xD4\xA4\xB0\xB8", true, "GB18030", 0, "应急预案"},
        Bytes{"Gb18030FourByte", "\x81\x30\x81\x30", true, "GB18030", 0, "\u0080"},
        Bytes{"Utf16LeWithoutBomIsBinary", "a\0b\0"s, false, "binary", 1, ""},
        Bytes{"Utf16LeOddLength", "\xFF\xFE" "a\0b"s, false, "encoding", 4, ""},
        Bytes{"Utf16LeLoneSurrogate", "\xFF\xFE" "a\0\x00\xD8" "b\0"s, false, "encoding", 4, ""},
        Bytes{"Utf16BeWhiteSpaceOnly", "\xFE\xFF\0 \0\n"s, false, "empty", 0, ""},
        Bytes{"Utf16LeControls", "\xFF\xFE\x01\0\x02\0\x03\0"s, false, "binary", 2, ""},
        Bytes{"BomOnly", "\xEF\xBB\xBF", false, "empty", 0, ""},
        Bytes{"BomThenInvalid", "\xEF\xBB\xBF" "a\xFF", false, "encoding", 4, ""},
        Bytes{"Utf8Overlong", "\xE5\xBA\x94\xE6\x80\xA5\xE9\xA2\x84\xE6\xA1\x88\xC0\x80", false, "encoding", 12, ""},
        Bytes{"InvalidEverywhere", "ab\xFF", false, "encoding", 2, ""},
        Bytes{"Pdf", "%PDF-1.7\n", false, "binary", 0, ""},
        Bytes{"Docx", "PK\x03\x04\x14\0"s, false, "binary", 0, ""},
        Bytes{"ManyControls", "a\x01" "b\x02" "c\x03" "d", false, "binary", 1, ""},
        Bytes{"NulAfterEightByteWords", std::string(13, 'x') + "\0"s + std::string(20, 'y'), false, "binary", 13, ""},
        Bytes{"NulInTheLastBytes", "应急预案应急预案" + "\0"s, false, "binary", 24, ""},
        Bytes{"ControlsInSeveralWords", std::string(9, 'a') + "\x01" + std::string(7, 'b') + "\x02" +
              std::string(12, 'c') + "\x03" + std::string(9, 'd'), false, "binary", 9, ""},
        Bytes{"ControlsJustBelowSpace", std::string(11, 'a') + "\x1F" + std::string(8, 'b') + "\x1E" +
              std::string(8, 'c') + "\x10" + std::string(3, 'd'), false, "binary", 11, ""},
        Bytes{"LineEndsAndTabsAreText", "应急\t预案\n第一章\r\n总则\n", true, "UTF-8", 0, "应急\t预案\n第一章\r\n总则\n"},
        Bytes{"OneStrayControlIsText", std::string(200, 'x') + "\x07", true, "UTF-8", 0,
              std::string(200, 'x') + "\x07"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Ingest, DirectoryIsUnreadableWithTheOsReason) {
  const auto r = read_text_file(kDir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Unreadable);
  EXPECT_NE(r.error().message.text(Lang::En).find("folder"), std::string::npos) << r.error().message.text(Lang::En);
}

TEST(Ingest, MissingFileNamesTheOsReason) {
  const auto r = read_text_file(kDir + "no_such_file.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.text(Lang::En).find("no such file"), std::string::npos) << r.error().message.text(Lang::En);
}

// Hostile input: whatever the bytes, decoding ends with valid UTF-8 or an error, never a crash or hang.
TEST(Ingest, RandomBytesNeverCrash) {
  std::mt19937 rng(20240601);
  const std::string prefixes[] = {"", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF", "\xB5\xDA", "\xE5\xBA\x94"};
  for (int i = 0; i < 2000; ++i) {
    std::string bytes = prefixes[rng() % 6];
    const std::size_t n = rng() % 200;
    const bool high_only = rng() % 2 == 0;  // mostly bytes that could be multi-byte text
    for (std::size_t k = 0; k < n; ++k) {
      bytes += static_cast<char>(high_only ? 0x80 + rng() % 0x80 : rng() % 256);
    }
    const auto r = decode_bytes(bytes, "random.bin");
    if (r.ok()) {
      EXPECT_TRUE(check_utf8(r.value().utf8).valid(r.value().utf8));
    } else {
      EXPECT_LE(r.error().location.offset, bytes.size());
    }
  }
}

}  // namespace
}  // namespace plancheck::text
