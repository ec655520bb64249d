# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P complete.cmake
# Every string a user can read has its Japanese translation, and every plural its English forms ("1 work",
# "2 works"): lupdate run over the sources into copies of the .ts files must find nothing new or unfinished.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(language ja en)
    file(COPY "${SOURCE_DIR}/translations/rakkan_${language}.ts" DESTINATION "${WORK_DIR}")
    set(extra "")
    if(language STREQUAL "en")
        set(extra -pluralonly -source-language en -target-language en)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -locations none -no-obsolete -I "${SOURCE_DIR}" -I "${SOURCE_DIR}/app" ${extra}
                "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" -ts "${WORK_DIR}/rakkan_${language}.ts"
        RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(failed)
        message(FATAL_ERROR "lupdate failed: ${err}")
    endif()
    file(READ "${WORK_DIR}/rakkan_${language}.ts" ts)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${ts}")
    list(LENGTH missing count)
    if(count GREATER 0)
        string(REPLACE ";" "\n" missing_text "${missing}")
        string(APPEND failures "${count} string(s) lack their ${language} translation:\n${missing_text}\n")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "${failures}(cmake --build build --target update_translations, then translate)")
endif()
message(STATUS "Every string has its Japanese translation and every plural its English forms")
