#include "rules/remediation_args.hpp"

#include <array>
#include <cmath>

#include "rules/fact_places.hpp"

namespace plancheck::rules {
namespace {

constexpr std::array<const char*, 10> kDigits = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

bool whole_1_to_10(double value) { return value >= 1 && value <= 10 && std::floor(value) == value; }

std::string joined(const std::vector<std::string>& items, const std::string& separator, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last : separator;
    out += items[i];
  }
  return out;
}

}  // namespace

std::string chinese_number(double value) {
  return whole_1_to_10(value) ? kDigits[static_cast<std::size_t>(value) - 1] : format_number(value);
}

std::string chinese_count(double value) { return value == 2 ? "两" : chinese_number(value); }

std::string joined_zh(const std::vector<std::string>& items) { return joined(items, "、", "和"); }

std::string joined_en(const std::vector<std::string>& items) { return joined(items, ", ", " and "); }

}  // namespace plancheck::rules
