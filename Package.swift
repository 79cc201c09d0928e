// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jixiao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .library(name: "JixiaoCore", targets: ["JixiaoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // libxlsxwriter from Debian's libxlsxwriter-dev, found through pkg-config.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // FreeXL from Debian's libfreexl-dev reads legacy .xls (BIFF) workbooks.
        .systemLibrary(
            name: "CFreeXL",
            pkgConfig: "freexl",
            providers: [.apt(["libfreexl-dev"])]
        ),
        // libgsf from Debian's libgsf-1-dev opens the OLE2 compound file of an .xls, so its
        // Workbook stream's number formats can be read (FreeXL gives values only).
        .systemLibrary(
            name: "CGsf",
            pkgConfig: "libgsf-1",
            providers: [.apt(["libgsf-1-dev"])]
        ),
        // libxml2's tolerant HTML parser (Debian's libxml2-dev) reads saved web pages.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "JixiaoCore",
            dependencies: [
                "CXlsxWriter",
                "CFreeXL",
                "CGsf",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Tools beside the pipeline, kept out of the core library: the synthetic corpus and
        // its ground truth, the benchmark's writer floor, and the fuzzers' targets.
        // jemalloc from Debian's libjemalloc-dev: the jixiao executable allocates through it (see
        // Sources/jixiao/Allocator.swift); the library and the tests keep the system's malloc.
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // libdeflate from Debian's libdeflate-dev: whole-buffer DEFLATE, twice zlib's speed.
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        // A workbook part's growing buffer; a large one in its own mapping, its read pages given back (PartBuffer.c).
        .target(name: "CPartBuffer"),
        // Workbook parts deflated by libdeflate instead of minizip's zlib (WorkbookDeflate.c).
        .target(name: "CWorkbookDeflate", dependencies: ["CLibDeflate", "CPartBuffer"]),
        // Workbook parts kept in memory instead of libxlsxwriter's temporary files (WorkbookParts.c).
        .target(name: "CWorkbookParts", dependencies: ["CPartBuffer"]),
        // How libxlsxwriter makes a workbook's XML, done with less work: printf (WorkbookXML.c), attributes,
        // tags, character counts and the shared strings (XMLAttributes.c, XMLTags.c, UTF8Length.c,
        // SharedStrings.c).
        .target(name: "CWorkbookXML"),
        .target(name: "JixiaoSynth", dependencies: ["JixiaoCore"]),
        .target(name: "JixiaoBench", dependencies: ["JixiaoCore", "CXlsxWriter"]),
        .target(name: "JixiaoFuzzTargets", dependencies: ["JixiaoCore"]),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore",
                "JixiaoSynth",
                "JixiaoBench",
                "CJemalloc",
                "CWorkbookDeflate",
                "CWorkbookParts",
                "CWorkbookXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets: a libFuzzer binary when built by Tests/Fuzz/run-fuzz.sh, else a replayer.
        .executableTarget(
            name: "jixiao-fuzz",
            dependencies: ["JixiaoCore", "JixiaoFuzzTargets"],
            path: "Sources/JixiaoFuzz"
        ),
        .testTarget(
            name: "JixiaoTests",
            dependencies: [
                "JixiaoCore",
                "JixiaoSynth",
                "JixiaoBench",
                "JixiaoFuzzTargets",
                // PartBufferTests drive the executable's part buffer directly.
                "CPartBuffer",
                // Builds small workbooks and damaged archives for the input-format tests.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
