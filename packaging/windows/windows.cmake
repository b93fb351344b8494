# Windows: the executable's resources (icon, version information), what an installed copy needs
# beside asana-feed.exe (Qt, QtKeychain, the compiler's runtime), and the .msi (CPack WiX).
# Included by packaging/CMakeLists.txt under WIN32, after the targets exist and before
# include(CPack); the common CPack settings (name, vendor, version, description) come from there.
# The install(TARGETS) rules for asana-feed and asana-sim live there too: both into bin/.

set(ASANAFEED_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})

# --- asana-feed.exe's resources: the icon Explorer and the taskbar show, and the version
# information of Properties ▸ Details, from the project's version.
if(NOT DEFINED ASANAFEED_VENDOR)
    set(ASANAFEED_VENDOR "Asana Feed")
endif()
if(PROJECT_VERSION_TWEAK STREQUAL "")
    set(ASANAFEED_VERSION_TWEAK 0)
else()
    set(ASANAFEED_VERSION_TWEAK ${PROJECT_VERSION_TWEAK})
endif()
set(ASANAFEED_RC_ICON "")
if(TARGET asanafeed_icons AND ASANAFEED_ICON_ICO)
    # IDI_ICON1: the first icon is the one Explorer shows, and the one Qt's windows use by default.
    set(ASANAFEED_RC_ICON "IDI_ICON1 ICON \"${ASANAFEED_ICON_ICO}\"")
endif()
configure_file(${ASANAFEED_WINDOWS_DIR}/asana-feed.rc.in ${CMAKE_CURRENT_BINARY_DIR}/asana-feed.rc @ONLY)
target_sources(asana-feed PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/asana-feed.rc)
if(TARGET asanafeed_icons AND ASANAFEED_ICON_ICO)
    # The icon is made at build time: the resource compiler runs after it, and again when it changes.
    add_dependencies(asana-feed asanafeed_icons)
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/asana-feed.rc TARGET_DIRECTORY asana-feed
        PROPERTIES OBJECT_DEPENDS "${ASANAFEED_ICON_ICO}")
endif()

# --- What the installed asana-feed.exe needs beside it: windeployqt puts the Qt DLLs, the
# plugins Qt loads at run time (platform, styles, SQLite, TLS, multimedia) and Qt's own
# translations into bin/ and writes a qt.conf. It runs on the installed executable (cmake
# --install and cpack alike). QtKeychain and the compiler's runtime are not Qt: installed here.
asanafeed_install_qt_deployment()
# Qt6Keychain::Qt6Keychain is an alias of the imported target, which install() needs by its name.
get_target_property(asanafeed_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT asanafeed_keychain)
    set(asanafeed_keychain Qt6Keychain::Qt6Keychain)
endif()
get_target_property(asanafeed_keychain_type ${asanafeed_keychain} TYPE)
if(asanafeed_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${asanafeed_keychain} RUNTIME DESTINATION bin)
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# --- The installer: an .msi made by WiX (cpack -G WIX), per machine, under Program Files.
set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Asana Feed")
# One Start-menu entry, straight in the Start menu's program list (no folder for one entry).
set(CPACK_PACKAGE_EXECUTABLES "asana-feed;Asana Feed")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
# Never change this GUID: it is how Windows Installer knows a newer .msi replaces this product.
set(CPACK_WIX_UPGRADE_GUID "A85F8D2B-B375-4BAB-BCF0-085029F36768")
set(CPACK_WIX_PRODUCT_NAME "Asana Feed")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
if(TARGET asanafeed_icons AND ASANAFEED_ICON_ICO)
    set(CPACK_WIX_PRODUCT_ICON "${ASANAFEED_ICON_ICO}") # Settings ▸ Apps
endif()
# The licence page shows the project's licence; CPack turns a .txt into the RTF WiX wants.
foreach(license LICENSE LICENSE.txt LICENSE.md COPYING)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${license})
        configure_file(${PROJECT_SOURCE_DIR}/${license} ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
        set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
        break()
    endif()
endforeach()
# asana-feed-0.1.0-windows-x64.msi
if(CMAKE_CXX_COMPILER_ARCHITECTURE_ID)
    string(TOLOWER "${CMAKE_CXX_COMPILER_ARCHITECTURE_ID}" asanafeed_arch)
else()
    set(asanafeed_arch x64)
endif()
set(CPACK_PACKAGE_FILE_NAME "asana-feed-${PROJECT_VERSION}-windows-${asanafeed_arch}")
