// Named values built from a rule's parameters for its remediation template: counts in Chinese numerals,
// lists of levels read as a sentence, limits with their unit.
#pragma once

#include <string>
#include <vector>

namespace plancheck::rules {

// "一", "两", "三" … "十" for whole numbers 1..10, as a count is written in a plan ("每年至少组织两次");
// other values as digits ("0.5", "12").
std::string chinese_count(double value);
// "四" for 4: a number as in "分为四级" (1..10, digits otherwise).
std::string chinese_number(double value);
// "a、b、c和d" (zh) or "a, b, c and d" (en).
std::string joined_zh(const std::vector<std::string>& items);
std::string joined_en(const std::vector<std::string>& items);

}  // namespace plancheck::rules
