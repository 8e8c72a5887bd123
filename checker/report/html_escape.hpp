// The one HTML escaper: every piece of plan, rule or tool text that reaches an HTML report passes here.
#pragma once

#include <string>
#include <string_view>

namespace plancheck::report {

// `text` made safe as HTML element content or a double- or single-quoted attribute value: & < > " ' become
// character references; ill-formed UTF-8 and C0/C1 controls other than tab, line feed and carriage return
// become U+FFFD, because HTML forbids them and a report must render whatever a plan contains.
std::string html_escape(std::string_view text);

}  // namespace plancheck::report
