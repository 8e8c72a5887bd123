// The table of report formats: every format plancheck can write, by name, with how to make its writer.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.hpp"
#include "report/writer.hpp"

namespace plancheck::report {

// Everything a command line can say about how a report looks; each format uses what applies to it.
struct WriterOptions {
  Lang lang = Lang::Zh;
  bool color = false;    // ANSI colours (text only; the caller decides: --color, or auto on a TTY)
  bool verbose = false;  // also list passing, waived and not-applicable rules (text)
  bool quiet = false;    // findings and errors only (text)
  bool html_findings_only = false;  // only the failed requirements (html)
  std::string html_back_link{};     // a link back to the page that lists this report (html), e.g. "../index.html"
};

using WriterFactory = std::unique_ptr<Writer> (*)(const WriterOptions&);

struct ReportFormat {
  std::string_view name;         // as given to --format and --report FORMAT:PATH
  std::string_view extension;    // the usual file extension, without the dot
  LocalizedText description;     // one line for --help
  WriterFactory make;
};

// Every format, in the order --help lists them.
const std::vector<ReportFormat>& report_formats();

// The format called `name`, or null when there is none.
const ReportFormat* find_format(std::string_view name);

// The names of every format, in table order.
std::vector<std::string> format_names();

}  // namespace plancheck::report
