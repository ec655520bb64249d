# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P complete.cmake
# Every string a user can read has its Japanese translation: lupdate run over the sources into a copy of the .ts
# must find nothing new or unfinished.
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/rakkan_ja.ts" DESTINATION "${WORK_DIR}")
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete -I "${SOURCE_DIR}" -I "${SOURCE_DIR}/app" "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" -ts "${WORK_DIR}/rakkan_ja.ts"
    RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(failed)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(STRINGS "${WORK_DIR}/rakkan_ja.ts" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(READ "${WORK_DIR}/rakkan_ja.ts" ts)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${ts}")
    list(JOIN missing "\n" missing_text)
    message(FATAL_ERROR "${count} string(s) lack a Japanese translation (cmake --build build --target "
                        "update_translations, then translate):\n${missing_text}")
endif()
message(STATUS "Every string has its Japanese translation")
