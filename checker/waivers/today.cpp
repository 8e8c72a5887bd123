#include "waivers/today.hpp"

#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

namespace plancheck::waivers {

std::string iso_date(long long seconds_since_epoch) {
  const std::time_t t = static_cast<std::time_t>(seconds_since_epoch);
  std::tm utc{};
  gmtime_r(&t, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

std::string today() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0') return iso_date(seconds);
  }
  return iso_date(static_cast<long long>(std::time(nullptr)));
}

}  // namespace plancheck::waivers
