// The command line: parses arguments and runs the chosen command; returns the process exit code.
#pragma once

namespace plancheck::cli {

int run(int argc, char** argv);

}  // namespace plancheck::cli
