#include "report/run_date.hpp"

#include <cerrno>
#include <cstdlib>
#include <ctime>

namespace plancheck::report {

namespace {

std::string iso_date(std::time_t t) {
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
  return buffer;
}

}  // namespace

std::optional<std::string> date_from_epoch(const char* source_date_epoch) {
  if (source_date_epoch == nullptr || *source_date_epoch == '\0') return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long long seconds = std::strtoll(source_date_epoch, &end, 10);
  // Years past 9999 would not fit the date format; the convention allows only plain decimal digits.
  if (errno != 0 || *end != '\0' || seconds < 0 || seconds > 253402300799LL || *source_date_epoch == '+') {
    return std::nullopt;
  }
  return iso_date(static_cast<std::time_t>(seconds));
}

std::string run_date() {
  if (auto date = date_from_epoch(std::getenv("SOURCE_DATE_EPOCH"))) return *date;
  return iso_date(std::time(nullptr));
}

}  // namespace plancheck::report
