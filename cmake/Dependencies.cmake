# Third-party libraries, all from Debian packages listed in scripts/deps.sh.
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(SQLite3 REQUIRED)
find_package(Boost 1.74 REQUIRED)

# XGBoost's exported CMake config also checks for the CLI binary, which the -dev
# package does not ship, so locate the C API directly.
find_path(XGBOOST_INCLUDE_DIR xgboost/c_api.h REQUIRED)
find_library(XGBOOST_LIBRARY NAMES xgboost REQUIRED)
add_library(ltv_xgboost INTERFACE IMPORTED)
target_include_directories(ltv_xgboost SYSTEM INTERFACE "${XGBOOST_INCLUDE_DIR}")
target_link_libraries(ltv_xgboost INTERFACE "${XGBOOST_LIBRARY}")

# LBFGS++ is header-only.
find_path(LBFGSPP_INCLUDE_DIR LBFGS.h PATH_SUFFIXES LBFGSpp/.. REQUIRED)
add_library(ltv_lbfgspp INTERFACE IMPORTED)
target_include_directories(ltv_lbfgspp SYSTEM INTERFACE "${LBFGSPP_INCLUDE_DIR}")
target_link_libraries(ltv_lbfgspp INTERFACE Eigen3::Eigen)

find_package(Threads REQUIRED)
