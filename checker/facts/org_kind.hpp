// The kind of organisation a plan says it belongs to: an operator of 关键信息基础设施, or a department
// (or directly affiliated unit) of the 中央和国家机关 — the kinds the 2025 reporting measures set limits for.
#pragma once

#include "core/circumstances.hpp"
#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

// The kind the plan states of its own organisation ("本单位是关键信息基础设施运营者", "我部作为中央和国家机关
// 部门", "本中心为XX部直属单位"), with that sentence as evidence (source Plan); a sentence that only names
// such organisations (保护关键信息基础设施, 配合中央和国家机关) or denies it (不属于) does not count. When the
// plan says nothing, kind Other with source Default. CII wins over central when a plan says both.
OrgKindInfo read_org_kind(const Document& doc, const Passages& passages);

}  // namespace plancheck::facts
