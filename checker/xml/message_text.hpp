// Private to checker/xml: turns libxml2's multi-line, namespace-qualified English messages into catalogue
// messages (core/message.hpp), so that they are shown in the user's language.
#pragma once

#include <string>
#include <string_view>

#include "core/message.hpp"

namespace plancheck::xml {

// libxml2's message on one line, without namespace URIs, jargon or a final full stop.
std::string flatten(std::string_view raw);

// A schema-validation message: "Element '{urn:x}sectoin': This element is not expected. Expected is (
// {urn:x}section ).\n" → SchemaUnexpectedExpected {element=sectoin, expected='section'}.
Message schema_message(std::string_view raw);

// A well-formedness message, chosen by libxml2's error code (xmlParserErrors); libxml2's own text is
// kept as the message's {detail}.
Message parse_message(int code, std::string_view raw);

}  // namespace plancheck::xml
