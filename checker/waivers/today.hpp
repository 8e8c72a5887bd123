// Today's date for waiver expiry, reproducible in tests and builds through SOURCE_DATE_EPOCH.
#pragma once

#include <string>

namespace plancheck::waivers {

// "YYYY-MM-DD" (UTC) of SOURCE_DATE_EPOCH when that variable holds a number of seconds, else of now.
std::string today();

// "YYYY-MM-DD" (UTC) of a Unix time.
std::string iso_date(long long seconds_since_epoch);

}  // namespace plancheck::waivers
