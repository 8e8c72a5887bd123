// Severity of a rule and status of a rule's result: the two small enums every stage shares.
#pragma once

#include <optional>
#include <string_view>

namespace plancheck {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

std::string_view to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

enum class Status { Pass, Fail, NotApplicable, Waived };

std::string_view to_string(Status s);

}  // namespace plancheck
