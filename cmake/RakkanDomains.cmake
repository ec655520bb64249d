# One static library per domain, and the walls between them.
#
# A domain's headers are reachable only through an include root of its own, a folder in the build tree holding a
# single link named after the domain (build/include-roots/catalog/catalog -> app/catalog). A target sees the roots
# of the domains it names and of the domains those expose, and of nothing else. USES links a domain PRIVATE: its
# headers serve the target's own sources only. EXPOSES links it PUBLIC: the target's headers include it, so whoever
# uses the target sees it too. `#include "catalog/Catalog.h"` in a domain that reaches no catalog that way fails to
# compile ("No such file or directory"), which is what tests/layering proves.
#
# Each domain also records what it uses, so that docs/ARCHITECTURE.md can be checked against the graph CMake
# enforces (tests/layering, target update_architecture).

set(RAKKAN_INCLUDE_ROOTS "${PROJECT_BINARY_DIR}/include-roots")

# The include root through which `<folder>/...` is reached. Where the file system refuses links (some Windows
# set-ups), the domain's parent folder is used instead: it builds, but the walls are only checked on CI.
function(rakkan_include_root out_var name folder)
    set(root "${RAKKAN_INCLUDE_ROOTS}/${name}")
    get_filename_component(leaf "${folder}" NAME)
    if(NOT EXISTS "${root}/${leaf}")
        file(MAKE_DIRECTORY "${root}")
        file(CREATE_LINK "${folder}" "${root}/${leaf}" RESULT failed SYMBOLIC)
        if(failed)
            message(WARNING "Cannot link ${root}/${leaf} (${failed}): the layering of ${name} is not enforced here")
            get_filename_component(root "${folder}" DIRECTORY)
        endif()
    endif()
    set(${out_var} "${root}" PARENT_SCOPE)
endfunction()

# rakkan_add_domain(<name> SOURCES <file>... [EXPOSES <domain>...] [USES <domain>...]
#                   [PUBLIC_LIBRARIES <target>...] [PRIVATE_LIBRARIES <target>...] [SUMMARY <text>])
# Makes the static library rakkan_<name> from the current folder. EXPOSES: the domains its headers include; USES:
# the further domains only its sources include.
function(rakkan_add_domain name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "SUMMARY" "SOURCES;EXPOSES;USES;PUBLIC_LIBRARIES;PRIVATE_LIBRARIES")
    add_library(rakkan_${name} STATIC ${arg_SOURCES})
    rakkan_include_root(root ${name} "${CMAKE_CURRENT_SOURCE_DIR}")
    target_include_directories(rakkan_${name} PUBLIC "${root}")
    foreach(dep IN LISTS arg_EXPOSES)
        target_link_libraries(rakkan_${name} PUBLIC rakkan_${dep})
    endforeach()
    foreach(dep IN LISTS arg_USES)
        target_link_libraries(rakkan_${name} PRIVATE rakkan_${dep})
    endforeach()
    target_link_libraries(rakkan_${name} PUBLIC ${arg_PUBLIC_LIBRARIES} PRIVATE rakkan_warnings ${arg_PRIVATE_LIBRARIES})
    set_property(GLOBAL APPEND PROPERTY RAKKAN_DOMAINS ${name})
    set_property(GLOBAL PROPERTY RAKKAN_DOMAIN_EXPOSES_${name} "${arg_EXPOSES}")
    set_property(GLOBAL PROPERTY RAKKAN_DOMAIN_USES_${name} "${arg_USES}")
    set_property(GLOBAL PROPERTY RAKKAN_DOMAIN_SUMMARY_${name} "${arg_SUMMARY}")
    set_property(GLOBAL PROPERTY RAKKAN_DOMAIN_FOLDER_${name} "${CMAKE_CURRENT_SOURCE_DIR}")
endfunction()

# rakkan_use_domains(<target> <domain>...): lets an executable, a test or a GUI feature include and link domains.
function(rakkan_use_domains target)
    foreach(dep IN LISTS ARGN)
        target_link_libraries(${target} PRIVATE rakkan_${dep})
    endforeach()
endfunction()

# Every domain, for tests and tools that may see all of them.
function(rakkan_all_domains out_var)
    get_property(domains GLOBAL PROPERTY RAKKAN_DOMAINS)
    set(${out_var} ${domains} PARENT_SCOPE)
endfunction()

# Writes the domain graph as docs/ARCHITECTURE.md shows it: a Mermaid drawing and a table, from what the
# rakkan_add_domain calls declared. tests/layering fails when the document and the build disagree; the target
# update_architecture copies the generated text into the document.
function(rakkan_write_architecture out_file)
    get_property(domains GLOBAL PROPERTY RAKKAN_DOMAINS)
    set(graph "")
    set(table "| Folder | What it is | Its headers include | Its sources also use |\n|---|---|---|---|\n")
    foreach(domain IN LISTS domains)
        get_property(exposes GLOBAL PROPERTY RAKKAN_DOMAIN_EXPOSES_${domain})
        get_property(uses GLOBAL PROPERTY RAKKAN_DOMAIN_USES_${domain})
        get_property(summary GLOBAL PROPERTY RAKKAN_DOMAIN_SUMMARY_${domain})
        get_property(folder GLOBAL PROPERTY RAKKAN_DOMAIN_FOLDER_${domain})
        file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${folder}")
        # Every domain but core itself uses core: drawing those edges would hide the others.
        foreach(dep IN LISTS exposes)
            if(NOT dep STREQUAL "core")
                string(APPEND graph "    ${domain} --> ${dep}\n")
            endif()
        endforeach()
        foreach(dep IN LISTS uses)
            if(NOT dep STREQUAL "core")
                string(APPEND graph "    ${domain} -.-> ${dep}\n")
            endif()
        endforeach()
        if(NOT exposes AND NOT uses AND NOT domain STREQUAL "core")
            string(APPEND graph "    ${domain}\n")
        endif()
        list(JOIN exposes ", " exposes_text)
        list(JOIN uses ", " uses_text)
        string(APPEND table "| `${folder}/` | ${summary} | ${exposes_text} | ${uses_text} |\n")
    endforeach()
    # The GUI's features, with the features and domains each may use.
    get_property(features GLOBAL PROPERTY RAKKAN_UI_FEATURES)
    set(ui_graph "")
    set(ui_table "| Folder | What it is | Features it uses | Domains it uses |\n|---|---|---|---|\n")
    foreach(feature IN LISTS features)
        get_property(uses GLOBAL PROPERTY RAKKAN_UI_FEATURE_USES_${feature})
        get_property(domains_used GLOBAL PROPERTY RAKKAN_UI_FEATURE_DOMAINS_${feature})
        get_property(summary GLOBAL PROPERTY RAKKAN_UI_FEATURE_SUMMARY_${feature})
        foreach(dep IN LISTS uses)
            if(NOT dep STREQUAL "common")
                string(APPEND ui_graph "    ui_${feature} --> ui_${dep}\n")
            endif()
        endforeach()
        if(NOT uses OR uses STREQUAL "common")
            string(APPEND ui_graph "    ui_${feature}\n")
        endif()
        list(JOIN uses ", " uses_text)
        list(JOIN domains_used ", " domains_text)
        string(APPEND ui_table "| `ui/${feature}/` | ${summary} | ${uses_text} | ${domains_text} |\n")
    endforeach()
    set(text "<!-- Generated from the rakkan_add_domain and rakkan_add_ui_feature calls; refresh with: cmake --build build --target update_architecture -->\n")
    string(APPEND text "```mermaid\ngraph BT\n${graph}```\n\n${table}")
    if(features)
        string(APPEND text "\nThe GUI, one library a feature (every feature uses `ui/common`; those arrows are left out):\n\n")
        string(APPEND text "```mermaid\ngraph BT\n${ui_graph}```\n\n${ui_table}")
    endif()
    file(WRITE "${out_file}" "${text}")
endfunction()

# rakkan_add_ui_feature(<name> SOURCES <file>... [FEATURES <feature>...] [DOMAINS <domain>...]
#                       [LIBRARIES <target>...] [SUMMARY <text>])
# One folder of ui/ as the static library rakkan_ui_<name>, reached as `#include "ui/<name>/..."` through an include
# root of its own, like the domains: a feature sees the features and domains it names (and what those expose), so
# the licensing windows cannot include the opt-out ones by accident. Everything a feature names is exposed: its
# headers are widgets whose signatures use those types.
function(rakkan_add_ui_feature name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "SUMMARY" "SOURCES;FEATURES;DOMAINS;LIBRARIES")
    add_library(rakkan_ui_${name} STATIC ${arg_SOURCES})
    set(root "${RAKKAN_INCLUDE_ROOTS}/ui-${name}")
    if(NOT EXISTS "${root}/ui/${name}")
        file(MAKE_DIRECTORY "${root}/ui")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/ui/${name}" RESULT failed SYMBOLIC)
        if(failed)
            message(WARNING "Cannot link ${root}/ui/${name} (${failed}): the layering of the GUI is not enforced here")
            set(root "${PROJECT_SOURCE_DIR}")
        endif()
    endif()
    target_include_directories(rakkan_ui_${name} PUBLIC "${root}")
    foreach(dep IN LISTS arg_FEATURES)
        target_link_libraries(rakkan_ui_${name} PUBLIC rakkan_ui_${dep})
    endforeach()
    foreach(dep IN LISTS arg_DOMAINS)
        target_link_libraries(rakkan_ui_${name} PUBLIC rakkan_${dep})
    endforeach()
    target_link_libraries(rakkan_ui_${name} PUBLIC Qt6::Widgets ${arg_LIBRARIES} PRIVATE rakkan_warnings)
    set_property(GLOBAL APPEND PROPERTY RAKKAN_UI_FEATURES ${name})
    set_property(GLOBAL PROPERTY RAKKAN_UI_FEATURE_USES_${name} "${arg_FEATURES}")
    set_property(GLOBAL PROPERTY RAKKAN_UI_FEATURE_DOMAINS_${name} "${arg_DOMAINS}")
    set_property(GLOBAL PROPERTY RAKKAN_UI_FEATURE_SUMMARY_${name} "${arg_SUMMARY}")
endfunction()
