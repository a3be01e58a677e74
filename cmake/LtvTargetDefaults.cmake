# Warnings and strict Qt defines applied to every target the project builds.
function(ltv_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                                           -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                               QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING
                                               QT_NO_CAST_TO_ASCII)
endfunction()
