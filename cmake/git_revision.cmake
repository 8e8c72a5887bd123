# PLANCHECK_GIT_REVISION: the commit plancheck is built from ("unknown" outside a git checkout, e.g. a
# source tarball; a packager may set it with -DPLANCHECK_GIT_REVISION=…). Read at configure time; CMake
# configures again when HEAD or the branch it points to moves, so the revision does not go stale.
if(NOT DEFINED CACHE{PLANCHECK_GIT_REVISION})
  set(_revision "unknown")
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE _head RESULT_VARIABLE _head_status
                    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(_head_status EQUAL 0 AND _head)
      set(_revision "${_head}")
      execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --absolute-git-dir --git-common-dir --symbolic-full-name HEAD
                      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE _dirs
                      OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
      string(REPLACE "\n" ";" _dirs "${_dirs}")
      list(LENGTH _dirs _count)
      if(_count EQUAL 3)
        list(GET _dirs 0 _git_dir)
        list(GET _dirs 1 _common_dir)
        list(GET _dirs 2 _ref)
        get_filename_component(_common_dir "${_common_dir}" ABSOLUTE BASE_DIR "${PROJECT_SOURCE_DIR}")
        set(_watch "${_git_dir}/HEAD")
        foreach(_file "${_common_dir}/${_ref}" "${_common_dir}/packed-refs")
          if(EXISTS "${_file}")
            list(APPEND _watch "${_file}")
          endif()
        endforeach()
        set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_watch})
      endif()
    endif()
  endif()
  set(PLANCHECK_GIT_REVISION "${_revision}")
endif()
message(STATUS "plancheck revision: ${PLANCHECK_GIT_REVISION}")
