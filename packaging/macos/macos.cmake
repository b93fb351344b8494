# macOS: asana-feed as "Asana Feed.app" (its Info.plist and icon), what the installed bundle
# needs inside it (Qt's frameworks and plugins, QtKeychain — macdeployqt), and the .dmg (CPack
# DragNDrop). Included by packaging/CMakeLists.txt under APPLE, after the targets exist and before
# include(CPack); the common CPack settings come from there. asana-sim stays a plain command-line
# tool. The install(TARGETS) rule there puts the bundle at the top of the image
# (BUNDLE DESTINATION .), where the deploy script below expects it.

set(ASANAFEED_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})

# --- The bundle: "Asana Feed.app", with the Info.plist configured here from the project's version.
set_target_properties(asana-feed PROPERTIES OUTPUT_NAME "Asana Feed")
get_target_property(ASANAFEED_BUNDLE_EXECUTABLE asana-feed OUTPUT_NAME)
set(ASANAFEED_BUNDLE_ICON "")
if(TARGET asanafeed_icons AND ASANAFEED_ICON_ICNS)
    # The .icns is made at build time; it goes into Contents/Resources, named in CFBundleIconFile.
    get_filename_component(ASANAFEED_BUNDLE_ICON "${ASANAFEED_ICON_ICNS}" NAME)
    target_sources(asana-feed PRIVATE "${ASANAFEED_ICON_ICNS}")
    set_source_files_properties("${ASANAFEED_ICON_ICNS}" TARGET_DIRECTORY asana-feed
        PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    add_dependencies(asana-feed asanafeed_icons)
endif()
# The oldest macOS the app runs on: what the build targets, else the oldest the Qt in use supports
# (a Qt built on a newer macOS, like Homebrew's, raises it to that machine's version in fact).
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(ASANAFEED_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.10)
    set(ASANAFEED_MACOS_MINIMUM 13.0)
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
    set(ASANAFEED_MACOS_MINIMUM 12.0)
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    set(ASANAFEED_MACOS_MINIMUM 11.0)
else()
    set(ASANAFEED_MACOS_MINIMUM 10.15)
endif()
configure_file(${ASANAFEED_MACOS_DIR}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
# The window library inside the bundle, in the build tree too (where the program looks for it:
# Contents/PlugIns); installing the bundle installs it.
set_target_properties(asana-feed-window PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY "$<TARGET_BUNDLE_CONTENT_DIR:asana-feed>/PlugIns")
set_target_properties(asana-feed PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist
    MACOSX_BUNDLE_GUI_IDENTIFIER io.github.asana_feed.AsanaFeed
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER io.github.asana_feed.AsanaFeed)

# --- What the installed bundle needs inside it: macdeployqt copies Qt's frameworks, the plugins
# Qt loads at run time (cocoa, styles, SQLite, TLS, multimedia) and the other libraries the
# executable links (QtKeychain) into the bundle and points the executable at them. It runs on
# the installed bundle (cmake --install and cpack alike).
asanafeed_install_qt_deployment()

# --- The disk image: the app and a link to /Applications to drag it onto.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Asana Feed ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
if(TARGET asanafeed_icons AND ASANAFEED_ICON_ICNS)
    set(CPACK_PACKAGE_ICON "${ASANAFEED_ICON_ICNS}") # the mounted volume's icon
endif()
# asana-feed-0.1.0-macos-arm64.dmg
if(CMAKE_OSX_ARCHITECTURES)
    string(REPLACE ";" "-" asanafeed_arch "${CMAKE_OSX_ARCHITECTURES}")
else()
    set(asanafeed_arch ${CMAKE_SYSTEM_PROCESSOR})
endif()
set(CPACK_PACKAGE_FILE_NAME "asana-feed-${PROJECT_VERSION}-macos-${asanafeed_arch}")
