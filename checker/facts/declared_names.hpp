// Names a plan declares to fill a role it must report to: "国家能源局江西监管办公室（以下简称“江西能源监管办”）是
// 本单位关键信息基础设施的保护工作部门", "保护工作部门为省通信管理局". What the plan says, not whether it is so.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "facts/passages.hpp"

namespace plancheck::facts {

// The names (normalised) the plan declares to be `role` (a normalised word such as 保护工作部门): the subject of
// "X是/为…<role>" and the object of "<role>是/为/：X", each with the short name it defines (X（以下简称
// “Y”） gives X and Y) and, for "A——B", B. Sorted, no repeats. Pure and thread-safe.
std::vector<std::string> names_declared_as(const Passages& passages, std::string_view role);

// The names (normalised) of the bodies the plan says identified it as `what` (a normalised word such as
// 关键信息基础设施): X in "由X认定为<what>", "经X认定为<what>", "被X认定为<what>", "经X认定的<what>" (the body that
// identifies an operator's CII is its 保护工作部门). Sorted, no repeats. Pure and thread-safe.
std::vector<std::string> names_identifying(const Passages& passages, std::string_view what);

}  // namespace plancheck::facts
