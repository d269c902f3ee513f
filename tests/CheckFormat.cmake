# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a C++ file is not formatted as .clang-format says. Formatting differs between
# clang-format releases, so only the pinned major version judges; others skip (exit code 77).
set(pinned_major 14)
find_program(CLANG_FORMAT NAMES clang-format-${pinned_major} clang-format)
if(NOT CLANG_FORMAT)
    message("clang-format not found: format check skipped")
    cmake_language(EXIT 77)
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --version OUTPUT_VARIABLE version_text)
if(NOT version_text MATCHES "version ${pinned_major}\\.")
    message("${version_text}is not clang-format ${pinned_major}: format check skipped")
    cmake_language(EXIT 77)
endif()
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${errors}\nThese files are not formatted. Fix with:\n"
        "  clang-format -i $(git ls-files '*.cpp' '*.h')")
endif()
list(LENGTH sources count)
message("${count} sources formatted")
