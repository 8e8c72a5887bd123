// The command line's access to the one message catalogue (core/message.hpp): build a message, show it.
#pragma once

#include <string>

#include "core/lang.hpp"
#include "core/message.hpp"

namespace plancheck::cli {

using Msg = MsgId;

// The catalogue's text for `id` in `lang`, filled with `fields`.
inline std::string say(MsgId id, Lang lang, MessageFields fields = {}) { return Message{id, std::move(fields)}.text(lang); }

}  // namespace plancheck::cli
