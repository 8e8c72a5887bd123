#include "facts/organisation.hpp"

namespace plancheck::facts {
namespace {

OrgPlaceInfo place_info(const Document& doc, const Passages& ps, const OrgPlace& at, std::string kind, bool named) {
  const Passage& p = ps.items[at.passage];
  Evidence ev = evidence_for(doc, p, at.span);
  return OrgPlaceInfo{std::move(kind), named ? original_text(p, at.span) : std::string(), ev.location,
                      std::move(ev.section), std::move(ev.text)};
}

}  // namespace

std::vector<OrgBodyInfo> describe_organisation(const Document& doc, const Passages& ps, const Organisation& org) {
  std::vector<OrgBodyInfo> out;
  out.reserve(org.bodies.size());
  for (const OrgBody& b : org.bodies) {
    OrgBodyInfo info;
    info.name = b.name;
    info.category = std::string(to_string(b.category));
    info.aliases = b.aliases;
    info.parent = b.parent;
    for (const OrgHead& h : b.heads) info.heads.push_back({h.position, h.holder});
    for (const OrgDefinition& d : b.definitions) {
      info.definitions.push_back(place_info(doc, ps, d.at, std::string(to_string(d.how)), true));
    }
    for (const OrgPlace& d : b.duties) info.duties.push_back(place_info(doc, ps, d, "", false));
    for (const OrgTask& t : b.tasks) info.tasks.push_back(place_info(doc, ps, t.at, std::string(to_string(t.phase)), true));
    for (const OrgReport& r : b.reports) info.reports_to.push_back(place_info(doc, ps, r.at, org.bodies[r.to].name, true));
    out.push_back(std::move(info));
  }
  return out;
}

}  // namespace plancheck::facts
