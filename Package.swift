// swift-tools-version: 6.0
import PackageDescription

/// Linker flags for a self-contained Linux executable: the static Swift runtime and Foundation.
let staticStdlib: [String] = ["-static-stdlib", "-Xlinker", "--start-group"]
    + ["FoundationXML", "_CFXMLInterface", "Foundation", "FoundationInternationalization", "_FoundationICU", "FoundationEssentials", "_FoundationCShims", "_FoundationCollections", "CoreFoundation", "swiftSynchronization", "swiftDispatch", "dispatch", "BlocksRuntime", "xml2", "z", "stdc++", "m"].flatMap { ["-Xlinker", "-l" + $0] }
    + ["-Xlinker", "--end-group"]

let package = Package(
    name: "QuoteKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QuoteKit", targets: ["QuoteKit"]),
        .executable(name: "quotekit", targets: ["QuoteKitCLI"]),
        .executable(name: "quotekit-bench", targets: ["QuoteKitBench"]),
        .executable(name: "print-quotes", targets: ["PrintQuotes"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // zlib: QuoteKit inflates word/document.xml itself, with every size checked (ZIPFoundation trusts them).
        .systemLibrary(
            name: "CQuoteKitZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "QuoteKitICU",
            dependencies: ["CICU"]
        ),
        .target(
            name: "QuoteKit",
            dependencies: [
                "QuoteKitICU",
                "CQuoteKitZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            // The YAML rule packs are compiled in, parsed, as Rules/BuiltInPackTrees.swift (scripts/pack-rules.sh).
            exclude: ["Resources/RulePacks"]
        ),
        .executableTarget(
            name: "PackRules",
            dependencies: ["QuoteKit"],
            path: "Sources/PackRules"
        ),
        .executableTarget(
            name: "QuoteKitCLI",
            dependencies: [
                "QuoteKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build on Linux links the Swift runtime and Foundation into the executable. It starts in
            // two thirds of the time (no dynamic linking of Foundation and its ICU data), and it runs where Swift
            // is not installed: a Spark cluster's workers need only glibc, libstdc++, libicu, libxml2 and zlib.
            // This is what `swift build --static-swift-stdlib` does, for this one product (the library is
            // linked as usual).
            // Foundation's static archives need each other: the group lets the linker resolve them in any order.
            linkerSettings: [.unsafeFlags(staticStdlib, .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "QuoteKitBench",
            dependencies: ["QuoteKit", "QuoteKitICU"],
            path: "Sources/QuoteKitBench"
        ),
        .executableTarget(
            name: "PrintQuotes",
            dependencies: ["QuoteKit"],
            path: "Examples/print-quotes"
        ),
        .testTarget(name: "QuoteKitICUTests", dependencies: ["QuoteKitICU"]),
        .testTarget(
            name: "QuoteKitTests",
            dependencies: [
                "QuoteKit",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
