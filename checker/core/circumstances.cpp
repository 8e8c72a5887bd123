#include "core/circumstances.hpp"

#include <array>
#include <cctype>

namespace plancheck {
namespace {

constexpr std::array<std::string_view, 3> kKinds = {"cii", "central", "other"};
constexpr std::array<std::string_view, 4> kSources = {"declared", "profile", "plan", "default"};

}  // namespace

std::string_view to_string(OrgKind kind) { return kKinds[static_cast<std::size_t>(kind)]; }
std::string_view to_string(OrgKindSource source) { return kSources[static_cast<std::size_t>(source)]; }

std::optional<OrgKind> parse_org_kind(std::string_view s) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i] == s) return static_cast<OrgKind>(i);
  }
  return std::nullopt;
}

std::optional<OrgKindSource> parse_org_kind_source(std::string_view s) {
  for (std::size_t i = 0; i < kSources.size(); ++i) {
    if (kSources[i] == s) return static_cast<OrgKindSource>(i);
  }
  return std::nullopt;
}

bool in_force(std::string_view date, std::string_view from, std::string_view until) {
  // ISO dates compare as strings.
  if (date.empty()) return true;
  return (from.empty() || from <= date) && (until.empty() || date < until);
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace plancheck
