#include "parse_test_support.hpp"

#include <gtest/gtest.h>

#include "parse/parse.hpp"
#include "text/ingest.hpp"

namespace plancheck::parse::testing {

Document parse_text(const std::string& utf8, const std::string& path) {
  auto result = parse_document(path, text::DecodedText{utf8, "UTF-8"}, ParseOptions{});
  if (!result.ok()) {
    ADD_FAILURE() << result.error().to_string(Lang::En);
    return {};
  }
  return result.take();
}

Document parse_data_file(const std::string& relative) {
  const std::string path = std::string(PLANCHECK_TEST_DATA) + "/" + relative;
  auto decoded = text::read_text_file(path);
  if (!decoded.ok()) {
    ADD_FAILURE() << decoded.error().to_string(Lang::En);
    return {};
  }
  auto result = parse_document(path, decoded.take(), ParseOptions{});
  if (!result.ok()) {
    ADD_FAILURE() << result.error().to_string(Lang::En);
    return {};
  }
  return result.take();
}

}  // namespace plancheck::parse::testing
