# Installed layout and the Debian package (cpack -G DEB, or scripts/package.sh):
#   bin/plancheck, share/plancheck/{rulesets,schemas,reports}, the man page, bash and zsh completion.
include(GNUInstallDirs)

install(TARGETS plancheck RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY rulesets schemas DESTINATION "${CMAKE_INSTALL_DATADIR}/plancheck")
# The binary embeds the report template (report/CMakeLists.txt); the installed copy is for reference.
install(FILES reports/audit-template.html reports/audit.css reports/review.css DESTINATION "${CMAKE_INSTALL_DATADIR}/plancheck/reports")
install(FILES completion/plancheck.bash DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME plancheck)
install(FILES completion/_plancheck DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plancheck)
set(CPACK_PACKAGE_VENDOR "plancheck")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compliance checker for cybersecurity incident emergency plans")
set(CPACK_PACKAGE_DESCRIPTION
    "plancheck reads an organisation's cybersecurity incident emergency plan (网络安全事件应急预案) - Word, PDF,\n"
    "OpenDocument, plan XML, Markdown or text - and checks it against rulesets derived from the national\n"
    "plan, the MIIT plan and current reporting law, writing text, JSON, SARIF, JUnit, CSV and HTML reports.")
set(CPACK_PACKAGE_CONTACT "plancheck maintainers <plancheck@localhost>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # plancheck_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # Depends from the libraries the binary links (dpkg-shlibdeps)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion, man-db")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
