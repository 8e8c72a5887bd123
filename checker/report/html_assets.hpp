// The HTML report's page template and stylesheet (reports/), compiled into the binary so a report needs
// no data directory and references no file.
#pragma once

#include <string_view>

namespace plancheck::report {

// reports/audit-template.html: the page around the plans, with {{lang}}, {{title}}, {{generator}},
// {{style}} and {{plans}} placeholders.
std::string_view audit_template();

// reports/audit.css
std::string_view audit_stylesheet();

// reports/review.css: the review form's own rules, after audit.css
std::string_view review_stylesheet();

}  // namespace plancheck::report
