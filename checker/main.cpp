// plancheck: options → load → parse → facts → check → report → exit code (all in cli::run).
#include "cli/cli.hpp"

int main(int argc, char** argv) { return plancheck::cli::run(argc, argv); }
