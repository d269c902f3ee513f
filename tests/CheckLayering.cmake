# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a file under models/ includes a Widgets or Charts header: models/ must build and
# run without a GUI (the CLI, the tests and the benchmarks depend on it).
file(GLOB_RECURSE sources "${MODELS_DIR}/*.h" "${MODELS_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
        if(line MATCHES "QtWidgets|QtCharts|<Q(Widget|Dialog|MessageBox|MainWindow|Application|Chart|ChartView|AbstractItemView|TableView|PushButton|LineEdit|Action|Menu)>")
            list(APPEND offenders "${source}: ${line}")
        endif()
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "models/ must not include Widgets or Charts headers (app -> ui -> models). "
        "Move this code to ui/ or use a QtCore type instead:\n  ${text}")
endif()
message(STATUS "models/: no Widgets or Charts includes (checked all files)")
