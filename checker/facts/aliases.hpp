// The short name a plan gives a name right after it: X（以下简称“Y”）, X（简称Y）, X(下称“Y”).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace plancheck::facts {

// Where the opening of a name's alias ends when one starts at `pos`: "(以下简称", "(简称", "(以下称",
// "(下称", "(以下简称为" … (NFKC folds （ to "("); `pos` when none does.
std::size_t alias_opening_end(std::string_view s, std::size_t pos);
// Where the alias right after a name ending at `end` lies (X（以下简称“Y”）: Y's first and past-last byte, the
// quotes left out); an empty stretch when there is none.
std::pair<std::size_t, std::size_t> alias_bytes(std::string_view s, std::size_t end);
// The alias a name defines right after it: X（以下简称“Y”） → Y.
std::optional<std::string> alias_after(std::string_view s, std::size_t end);
// Where that alias's own text starts; `end` when the name defines no alias.
std::size_t alias_start(std::string_view s, std::size_t end);

}  // namespace plancheck::facts
