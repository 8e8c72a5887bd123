#include "report/similar_csv.hpp"

#include <map>

#include "report/csv_field.hpp"

namespace plancheck::report {

void write_similar_csv(const std::vector<SimilarPlan>& plans, const std::vector<SimilarPair>& pairs, Lang lang,
                       std::ostream& out) {
  out << "\xEF\xBB\xBF"
      << (lang == Lang::En ? "similarity,cluster,path_a,title_a,organisation_a,path_b,title_b,organisation_b,method\r\n"
                           : "相似度,组,路径A,标题A,单位A,路径B,标题B,单位B,计算方式\r\n");
  std::map<std::size_t, std::size_t> cluster_of;
  const std::vector<SimilarCluster> clusters = similar_clusters(pairs);
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    for (std::size_t plan : clusters[c].plans) cluster_of[plan] = c + 1;
  }
  for (const SimilarPair& p : pairs) {
    const SimilarPlan& a = plans[p.a];
    const SimilarPlan& b = plans[p.b];
    out << format_similarity(p.similarity) << ',' << cluster_of[p.a] << ',' << csv_field(a.path) << ','
        << csv_field(a.title) << ',' << csv_field(a.organisation) << ',' << csv_field(b.path) << ','
        << csv_field(b.title) << ',' << csv_field(b.organisation) << ','
        << (p.exact ? (lang == Lang::En ? "exact" : "精确") : (lang == Lang::En ? "estimate" : "估计")) << "\r\n";
  }
}

}  // namespace plancheck::report
