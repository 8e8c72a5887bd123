// Kind `alignment`: the event, colour and response ladders agree in count and order, and no sentence ties
// a colour or a response level to the wrong event level (红色…较大).
#pragma once

#include <memory>
#include <vector>

#include "rules/registry.hpp"

namespace plancheck::rules {

// No parameters. Messages: missing-event; missing-colour; missing-response; count {event} {colour}
// {response}; tie {from} {found} {expected}.
std::unique_ptr<const Rule> make_alignment_rule(const ruleset::RuleSpec& spec, std::vector<ParamError>& errors);

}  // namespace plancheck::rules
