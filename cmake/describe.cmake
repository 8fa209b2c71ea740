# Writes OUT with NAAST_DESCRIBE: `git describe` of the source tree, or
# "release" when it is no git checkout (a tarball). Run at every build, so
# --version names the commit the program was built from, not the one it
# was configured at; the file is rewritten only when the text changes.
set(describe "release")
if(EXISTS "${SRC}/.git")
  execute_process(COMMAND git -C "${SRC}" describe --always --dirty --tags
                  OUTPUT_VARIABLE out RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(rc EQUAL 0 AND out)
    set(describe "${out}")
  endif()
endif()
set(text "#define NAAST_DESCRIBE \"${describe}\"\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT "${old}" STREQUAL "${text}")
  file(WRITE "${OUT}" "${text}")
endif()
