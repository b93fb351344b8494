# Linux (and other freedesktop systems): the desktop entry, the AppStream metainfo, the icon in
# the hicolor theme and the manual pages, installed under CMAKE_INSTALL_PREFIX; and the Debian
# package (`cpack -G DEB`). Included from packaging/CMakeLists.txt.

# --- the desktop entry and the AppStream metainfo, both named by the app id
install(FILES "${CMAKE_CURRENT_LIST_DIR}/${ASANAFEED_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
configure_file("${CMAKE_CURRENT_LIST_DIR}/${ASANAFEED_APP_ID}.metainfo.xml.in"
               "${CMAKE_CURRENT_BINARY_DIR}/${ASANAFEED_APP_ID}.metainfo.xml" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${ASANAFEED_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# --- the icon (rendered by resources/, target asanafeed_icons): PNGs at every size, and the SVG
install(DIRECTORY "${ASANAFEED_ICON_HICOLOR_DIR}/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor"
        FILES_MATCHING PATTERN "${ASANAFEED_APP_ID}.png")
install(FILES "${ASANAFEED_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

# --- the manual pages: the project's version filled in, gzipped reproducibly (no name, no time)
find_program(ASANAFEED_GZIP gzip REQUIRED)
set(ASANAFEED_MAN_PAGES "")
foreach(page asana-feed.1 asana-sim.1)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/../man/${page}" "${CMAKE_CURRENT_BINARY_DIR}/man/${page}" @ONLY)
    add_custom_command(OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz"
        COMMAND "${ASANAFEED_GZIP}" -9nkf "${page}"
        WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/man"
        DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/man/${page}"
        COMMENT "Compressing the manual page ${page}"
        VERBATIM)
    list(APPEND ASANAFEED_MAN_PAGES "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz")
endforeach()
add_custom_target(asanafeed_manpages ALL DEPENDS ${ASANAFEED_MAN_PAGES}
    SOURCES "${CMAKE_CURRENT_LIST_DIR}/../man/asana-feed.1" "${CMAKE_CURRENT_LIST_DIR}/../man/asana-sim.1")
install(FILES ${ASANAFEED_MAN_PAGES} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# --- the Debian package: asana-feed_<version>_<arch>.deb
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DEB)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "${CPACK_PACKAGE_NAME}")
set(ASANAFEED_DEB_MAINTAINER "The Asana Feed developers" CACHE STRING
    "The Maintainer field of the Debian package (Name <email>)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ASANAFEED_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The extended description, wrapped for dpkg's 80 columns (CPack adds the summary as its first line).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Asana Feed shows what happens in the Asana projects and tasks you follow as\n"
    "it happens: tasks created, assigned, completed, commented on and moved, newest\n"
    "first, with search and filters, unread and done, a system tray icon and\n"
    "desktop notifications. Sign-ins are kept in the system keychain.\n"
    "\n"
    "asana-feed --follow streams the same events as JSON lines for scripts, and\n"
    "asana-sim is a local Asana simulator to try and test against.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
# The libraries the binaries link come from dpkg-shlibdeps; what is loaded at run time as a plugin
# it cannot see: the SQLite driver of Qt SQL (the history). Qt's xcb platform plugin, its TLS
# backends and the multimedia backends are in the libraries' own packages on Debian 12
# (libqt6gui6, libqt6network6, libqt6multimedia6); Wayland's is a package of its own.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own strings (a standard dialog's buttons) in German and French come from Qt's catalogues;
# the app's own are built in. The sign-in page opens in the browser through xdg-open.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, xdg-utils")
# The keychain is a Secret Service on the session bus; without one, sign-ins last one run.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
