// Which kind of XML file this is, from its root element name, without a full parse.
#pragma once

#include <string>
#include <string_view>

namespace plancheck::cli {

// The local name of the first element (prolog, comments, processing instructions and DOCTYPE skipped;
// a namespace prefix dropped), or "" when there is none.
std::string xml_root_name(std::string_view text);

}  // namespace plancheck::cli
