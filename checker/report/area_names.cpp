#include "report/area_names.hpp"

#include <array>

namespace plancheck::report {

namespace {

struct Area {
  std::string_view id;
  const char* zh;
  const char* en;
};

// In the order an emergency plan presents them (总则 → 组织 → 监测预警 → 处置 → 调查 → 预防 → 保障 → 附则).
constexpr std::array<Area, 15> kAreas{{
    {"basis", "编制依据", "Basis"},
    {"plan", "总则", "General provisions"},
    {"structure", "结构完整性", "Structure"},
    {"roles", "组织与职责", "Roles"},
    {"role", "组织与职责", "Roles"},
    {"grading", "事件分级", "Grading"},
    {"warning", "监测与预警", "Warning"},
    {"response", "应急处置与报告", "Response and reporting"},
    {"report", "应急处置与报告", "Response and reporting"},
    {"investigation", "调查与评估", "Investigation"},
    {"prevention", "预防与演练", "Prevention and drills"},
    {"drill", "预防与演练", "Prevention and drills"},
    {"safeguards", "保障措施", "Safeguards"},
    {"management", "预案管理", "Plan management"},
    {"annex", "附则", "Annex"},
}};

}  // namespace

LocalizedText area_name(std::string_view area) {
  for (const Area& a : kAreas) {
    if (a.id == area) return {a.zh, a.en};
  }
  if (area.empty()) return {"其他", "Other"};
  return {std::string(area), std::string(area)};
}

int area_rank(std::string_view area) {
  for (std::size_t i = 0; i < kAreas.size(); ++i) {
    if (kAreas[i].id == area) return static_cast<int>(i);
  }
  return static_cast<int>(kAreas.size());
}

}  // namespace plancheck::report
