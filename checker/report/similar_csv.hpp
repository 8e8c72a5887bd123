// `--report similar:FILE.csv`: the pairs of near-identical plans of a run, one row per pair.
#pragma once

#include <ostream>
#include <vector>

#include "core/lang.hpp"
#include "report/similarity.hpp"

namespace plancheck::report {

// UTF-8 with BOM, CRLF rows (RFC 4180), the header in `lang`: similarity, cluster, path_a, title_a,
// organisation_a, path_b, title_b, organisation_b, method ("exact": Jaccard similarity of the shingles;
// "estimate": the MinHash estimate, when a text could not be read again). Rows in the order of `pairs`.
void write_similar_csv(const std::vector<SimilarPlan>& plans, const std::vector<SimilarPair>& pairs, Lang lang,
                       std::ostream& out);

}  // namespace plancheck::report
