// `plancheck --version`: the version, the commit it was built from, the allocator, and the bundled rulesets with
// their dates.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/allocator.hpp"
#include "cli/commands.hpp"
#include "cli/data_dir.hpp"
#include "cli/ruleset_source.hpp"
#include "text/utf8.hpp"

namespace plancheck::cli {

namespace {

// "不限日期" / "undated"; "2025-11-01 起" / "from 2025-11-01"; with "至 …（不含）" / "until … (exclusive)".
std::string dates_of(const rules::CompiledRuleset& rs, Lang lang) {
  const bool en = lang == Lang::En;
  if (rs.effective_from.empty() && rs.effective_until.empty()) return en ? "undated" : "不限日期";
  std::string out;
  if (!rs.effective_from.empty()) out = en ? "from " + rs.effective_from : rs.effective_from + " 起";
  if (!rs.effective_until.empty()) {
    out += (out.empty() ? "" : " ") + (en ? "until " + rs.effective_until + " (exclusive)" : "至 " + rs.effective_until + "（不含）");
  }
  return out;
}

std::string pad(const std::string& s, std::size_t width) {
  const auto shown = static_cast<std::size_t>(std::max(0, text::display_width(s)));
  return s + std::string(width > shown ? width - shown : 0, ' ');
}

}  // namespace

int run_version(const Options& o) {
  const bool en = o.lang == Lang::En;
  std::cout << "plancheck " << PLANCHECK_VERSION << '\n'
            << (en ? "revision: " : "构建自提交：") << PLANCHECK_GIT_REVISION << '\n';
  const AllocatorInUse allocator = allocator_in_use();
  std::cout << (en ? "allocator: " : "内存分配器：")
            << (allocator.mimalloc ? "mimalloc " + allocator.version : (en ? "the C library's malloc" : "C 库 malloc")) << '\n';
  const std::string data_dir = resolve_data_dir(o.data_dir);
  Result<batch::Rulesets> rulesets = load_bundled_rulesets(data_dir);
  if (!rulesets) return report_tool_error(rulesets.error(), o.lang);
  std::cout << (en ? "rulesets in " : "内置规则集（") << data_dir << "/rulesets" << (en ? ":\n" : "）：\n");
  if (rulesets.value().empty()) std::cout << (en ? "  none\n" : "  无\n");
  std::vector<const rules::CompiledRuleset*> sorted;
  for (const auto& rs : rulesets.value()) sorted.push_back(rs.get());
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
  std::size_t id_width = 0;
  std::size_t date_width = 0;
  for (const auto* rs : sorted) {
    id_width = std::max(id_width, rs->id.size());
    date_width = std::max(date_width, static_cast<std::size_t>(text::display_width(dates_of(*rs, o.lang))));
  }
  for (const auto* rs : sorted) {
    std::string kind;
    if (rs->supplement) kind = en ? " (supplement)" : "（补充规则集）";
    if (rs->lineage.size() > 1) {
      const std::string& parent = rs->lineage[rs->lineage.size() - 2];
      kind += en ? " (extends " + parent + ")" : "（扩展 " + parent + "）";
    }
    std::cout << fmt::format("  {}  {}{}  {}  {}{}\n", pad(rs->id, id_width), en ? "v" : "版本 ", rs->version,
                             pad(dates_of(*rs, o.lang), date_width), rs->title.in(o.lang), kind);
  }
  return kExitOk;
}

}  // namespace plancheck::cli
