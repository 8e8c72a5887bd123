// Organisational bodies (领导小组, 应急办, 专家组 …) and positions (组长, 联络员 …): where each is defined and used.
#pragma once

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

struct BodyFacts {
};

BodyFacts extract_bodies(const Document& doc, const Passages& passages);

}  // namespace plancheck::facts
