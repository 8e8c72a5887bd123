// Private to checker/xml: turns libxml2's multi-line, namespace-qualified messages into one clear line.
#pragma once

#include <string>
#include <string_view>

namespace plancheck::xml {

// "Element '{urn:x}sectoin': This element is not expected. Expected is ( {urn:x}section ).\n"
//   → "element 'sectoin' is not expected; expected 'section'"
std::string tidy_message(std::string_view raw);

}  // namespace plancheck::xml
