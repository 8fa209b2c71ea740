# Included by engine/CMakeLists.txt for the browser build (scripts/web.sh):
# the site: naast.js, naast.wasm and naast.data (the library, its rubric and
# the font, preloaded into the page's file system at /naast), beside our own
# index.html.
set(SITE ${CMAKE_BINARY_DIR}/site)
set_target_properties(naast PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${SITE} SUFFIX ".js")
set(D ${PROJECT_SOURCE_DIR})
# the fonts: scripts/web.sh passes a subset (NAAST_WEB_FONTS), else the whole
set(NAAST_WEB_FONTS ${D}/assets/fonts CACHE PATH "the fonts the site carries")
target_link_options(naast PRIVATE
  -sALLOW_MEMORY_GROWTH=1
  -sENVIRONMENT=web
  -sEXPORTED_RUNTIME_METHODS=FS,ccall,addRunDependency,removeRunDependency
  -sEXPORTED_FUNCTIONS=_main,_web_open_scenario,_web_storage_failed
  -lidbfs.js
  "SHELL:--preload-file ${D}/scenarios/nl@/naast/scenarios/nl"
  "SHELL:--preload-file ${D}/scenarios/rubric.lua@/naast/scenarios/rubric.lua"
  "SHELL:--preload-file ${NAAST_WEB_FONTS}@/naast/assets/fonts")
# the data file is made at link time: link again when what it holds changes
file(GLOB_RECURSE SITE_DATA CONFIGURE_DEPENDS ${D}/scenarios/nl/*.lua ${D}/scenarios/rubric.lua ${NAAST_WEB_FONTS}/*)
set_property(TARGET naast APPEND PROPERTY LINK_DEPENDS ${SITE_DATA} ${PROJECT_SOURCE_DIR}/engine/front/web/index.html)
# the page and its script are ours: no emscripten shell
add_custom_command(TARGET naast POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/engine/front/web/index.html ${SITE}/index.html)
