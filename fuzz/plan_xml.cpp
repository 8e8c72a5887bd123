// Plan XML: the reader without a schema (every element it may meet), then the whole check with the schema.
#include "fuzz/invariants.hpp"
#include "fuzz/plan_check.hpp"
#include "fuzz/targets.hpp"
#include "parse/xml_reader.hpp"
#include "text/utf8.hpp"

namespace plancheck::fuzz {

void fuzz_plan_xml(std::string_view input) {
  text::DecodedText decoded{std::string(input), "UTF-8"};
  if (text::check_utf8(decoded.utf8).valid(decoded.utf8)) {
    const Result<Document> doc = parse::read_xml_plan("fuzz.xml", decoded, parse::ParseOptions{});
    const Result<Document> again = parse::read_xml_plan("fuzz.xml", decoded, parse::ParseOptions{});
    require(doc.ok() == again.ok(), "reading the same XML twice: same outcome");
    if (doc && again) {
      require_document(doc.value());
      require_same(describe(doc.value()), describe(again.value()), "XML plan without schema");
    } else if (!doc) {
      require_error(doc.error(), decoded.utf8, "XML plan without schema");
    }
  }
  check_plan_bytes(input, "fuzz.xml");
}

}  // namespace plancheck::fuzz
