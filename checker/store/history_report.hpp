// `plancheck history` output: the comparison of the latest two runs as text (zh/en) or JSON.
#pragma once

#include <ostream>

#include "core/lang.hpp"
#include "store/history.hpp"

namespace plancheck::store {

// Lists the plans that changed (rules newly passed or failed, errors, added, removed, moved), then a
// summary line; with `verbose`, unchanged plans too.
void write_history_text(const History& history, Lang lang, bool verbose, std::ostream& out);

// Every plan, changed or not, as the "plancheck-history/1" document (README, "Results database").
void write_history_json(const History& history, std::ostream& out);

}  // namespace plancheck::store
