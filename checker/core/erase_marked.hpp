// Dropping marked elements from vectors kept in step (a reader's lines and their widths, say).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace plancheck {

// Removes from each of `vs` (all as long as `marked`, or longer) the elements whose index is marked, keeping
// the others in order.
template <typename... Vectors>
void erase_marked(const std::vector<bool>& marked, Vectors&... vs) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    if (marked[i]) continue;
    if (kept != i) ((vs[kept] = std::move(vs[i])), ...);
    ++kept;
  }
  (vs.resize(kept), ...);
}

}  // namespace plancheck
