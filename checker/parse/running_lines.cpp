#include "parse/running_lines.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "parse/plain_text_reader.hpp"

namespace plancheck::parse {

namespace {

std::string shape(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c == ' ' || c == '\t') continue;
    out += (c >= '0' && c <= '9') ? '#' : c;
  }
  return out;
}

}  // namespace

std::vector<std::vector<bool>> running_lines(const std::vector<std::vector<std::string_view>>& pages,
                                             const RunningLineOptions& options) {
  // Each page's shapes near its top and near its bottom, and on how many pages each stands there.
  std::vector<std::vector<std::string>> shapes;
  std::map<std::string, std::size_t, std::less<>> top;
  std::map<std::string, std::size_t, std::less<>> bottom;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& lines = pages[p];
    // Only the lines near an edge are looked at; the others keep an empty shape.
    std::vector<std::string> s(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i < kRunningEdgeLines || i + kRunningEdgeLines >= lines.size()) s[i] = shape(lines[i]);
    }
    std::set<std::string_view> at_top;
    std::set<std::string_view> at_bottom;
    for (std::size_t i = 0; i < lines.size() && i < kRunningEdgeLines; ++i) {
      at_top.insert(s[i]);
      at_bottom.insert(s[lines.size() - 1 - i]);
    }
    for (const std::string_view x : at_top) ++top[std::string(x)];
    for (const std::string_view x : at_bottom) ++bottom[std::string(x)];
    shapes.push_back(std::move(s));
  }
  const std::size_t most = std::max<std::size_t>(kRunningMinPages, (pages.size() * 3 + 4) / 5);
  const auto repeated = [&](const std::map<std::string, std::size_t, std::less<>>& seen, const std::string& s) {
    if (pages.size() < kRunningMinPages) return false;
    const auto it = seen.find(s);
    return it != seen.end() && it->second >= most;
  };
  std::vector<std::vector<bool>> drop;
  drop.reserve(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& lines = pages[p];
    std::vector<bool> d(lines.size(), false);
    const bool top_edge = p > 0 || options.first_page_top;
    // A page carries its header once: the same line again near the top is the plan's (a title page whose
    // title reads as the header does).
    std::set<std::string_view> dropped_top;
    std::set<std::string_view> dropped_bottom;
    for (std::size_t i = 0; i < lines.size() && i < kRunningEdgeLines; ++i) {
      const std::string& s = shapes[p][i];
      if (top_edge && repeated(top, s) && dropped_top.insert(s).second) d[i] = true;
      const std::size_t at = lines.size() - 1 - i;
      const std::string& b = shapes[p][at];
      if ((top_edge || at >= kRunningEdgeLines) && !d[at] && repeated(bottom, b) && dropped_bottom.insert(b).second) {
        d[at] = true;
      }
    }
    // A page number stands at an edge, or inside lines that are dropped: one further in may be a table's.
    if (options.page_numbers) {
      for (std::size_t i = 0; top_edge && i < lines.size() && i < kRunningEdgeLines; ++i) {
        if (!d[i] && !is_page_number_line(lines[i])) break;
        d[i] = true;
      }
      for (std::size_t i = 0; i < lines.size() && i < kRunningEdgeLines; ++i) {
        const std::size_t at = lines.size() - 1 - i;
        if (!top_edge && at < kRunningEdgeLines) break;
        if (!d[at] && !is_page_number_line(lines[at])) break;
        d[at] = true;
      }
    }
    drop.push_back(std::move(d));
  }
  return drop;
}

}  // namespace plancheck::parse
