# OpenCV from Debian's per-module packages (libopencv-features2d-dev, -calib3d-dev, -imgproc-dev). Those ship headers
# and libraries but not OpenCVConfig.cmake, which only the whole libopencv-dev carries, with every other module
# and its dependencies: the few modules needed are found here by hand, as one imported target.
find_path(RAKKAN_OPENCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
set(RAKKAN_OPENCV_LIBRARIES "")
foreach(module core imgproc features2d flann calib3d)
    find_library(RAKKAN_OPENCV_${module} NAMES opencv_${module} REQUIRED)
    list(APPEND RAKKAN_OPENCV_LIBRARIES ${RAKKAN_OPENCV_${module}})
endforeach()
if(NOT TARGET Rakkan::OpenCV)
    add_library(Rakkan::OpenCV INTERFACE IMPORTED)
    set_target_properties(Rakkan::OpenCV PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${RAKKAN_OPENCV_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${RAKKAN_OPENCV_LIBRARIES}")
endif()
