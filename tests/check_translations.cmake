# The translation check (ctest -R tst_translations_check): fails when a .ts file is not up to
# date with the sources or not finished.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -DLANGUAGES="ru;el;hy;ta"
#         -DDIRS="app;cache;models;sync;ui" -P check_translations.cmake
#
# For each translations/confab_<lang>.ts (and confab_en.ts, plurals only) it runs lupdate over a
# copy, exactly as `cmake --build build --target update_translations` would, and requires the copy
# to come out unchanged: a new or changed tr() string, a string that went away (obsolete/vanished)
# or a moved context all change it. Then it requires every message to be finished and non-empty.
foreach(var LUPDATE SOURCE_DIR WORK_DIR LANGUAGES DIRS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations: -D${var}=... is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems 0)

function(sources_of file out)
    file(READ "${file}" text)
    string(REGEX MATCHALL "<source>[^<]*</source>" found "${text}")
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

foreach(lang ${LANGUAGES} en)
    set(ts "${SOURCE_DIR}/translations/confab_${lang}.ts")
    if(NOT EXISTS "${ts}")
        message(SEND_ERROR "${ts} does not exist")
        math(EXPR problems "${problems} + 1")
        continue()
    endif()
    set(copy "${WORK_DIR}/confab_${lang}.ts")
    file(COPY_FILE "${ts}" "${copy}")
    set(extra)
    if(lang STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -I "${SOURCE_DIR}" ${DIRS} -no-obsolete -locations none ${extra} -ts "${copy}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${ts} (${rc}): ${out}${err}")
        math(EXPR problems "${problems} + 1")
        continue()
    endif()

    file(READ "${ts}" before)
    file(READ "${copy}" after)
    if(NOT before STREQUAL after)
        sources_of("${ts}" old)
        sources_of("${copy}" new)
        set(added ${new})
        set(removed ${old})
        if(old)
            list(REMOVE_ITEM added ${old})
        endif()
        if(new)
            list(REMOVE_ITEM removed ${new})
        endif()
        string(REPLACE ";" "\n    " added "${added}")
        string(REPLACE ";" "\n    " removed "${removed}")
        message(SEND_ERROR "confab_${lang}.ts is not up to date with the sources; run "
            "`cmake --build build --target update_translations` and translate.\n"
            "  strings missing from the .ts file:\n    ${added}\n"
            "  strings in the .ts file that the sources no longer have:\n    ${removed}")
        math(EXPR problems "${problems} + 1")
    endif()

    # Every message finished: no unfinished/obsolete/vanished mark, no empty translation.
    string(REGEX MATCHALL "<translation type=\"(unfinished|obsolete|vanished)\"" marked "${before}")
    list(LENGTH marked n_marked)
    string(REGEX MATCHALL "<translation */>|<translation></translation>|<numerusform></numerusform>|<numerusform */>" empty "${before}")
    list(LENGTH empty n_empty)
    if(n_marked GREATER 0 OR n_empty GREATER 0)
        message(SEND_ERROR "confab_${lang}.ts: ${n_marked} unfinished or obsolete message(s), ${n_empty} empty translation(s)")
        math(EXPR problems "${problems} + 1")
    endif()
    if(NOT lang STREQUAL "en")
        string(REGEX MATCHALL "<message" messages "${before}")
        list(LENGTH messages n_messages)
        message(STATUS "confab_${lang}.ts: ${n_messages} messages, all translated")
    endif()
endforeach()

if(problems GREATER 0)
    message(FATAL_ERROR "translation check: ${problems} problem(s)")
endif()
