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
        // The core: documents, quotes, kinds, attribution with the built-in packs, works, lint, citation checks,
        // JSON, JSON Lines and HTML output. No package dependencies: quotes from a String cost no YAML or CSV
        // library in a consumer's build.
        .library(name: "QuoteKit", targets: ["QuoteKit"]),
        // Rule packs and lint configurations of one's own, from YAML files (Yams).
        .library(name: "QuoteKitRules", targets: ["QuoteKitRules"]),
        // CSV output (CSV.swift).
        .library(name: "QuoteKitCSV", targets: ["QuoteKitCSV"]),
        // No executable products: SwiftPM resolves the dependencies of every product of a package its consumers
        // use, so a `quotekit` product would bring swift-argument-parser (and its plugins) into every consumer's
        // graph. The executables are targets of this package, which `swift run quotekit` (print-quotes,
        // quotekit-bench) builds and runs from a checkout, as a root package's executable targets are products.
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
            dependencies: ["QuoteKitICU", "CQuoteKitZlib"],
            // The YAML rule packs are compiled in, parsed, as Rules/BuiltInPackTrees.swift (scripts/pack-rules.sh).
            exclude: ["Resources/RulePacks"]
        ),
        .target(
            name: "QuoteKitRules",
            dependencies: ["QuoteKit", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "QuoteKitCSV",
            dependencies: ["QuoteKit", .product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "PackRules",
            dependencies: ["QuoteKitRules"],
            path: "Sources/PackRules"
        ),
        .executableTarget(
            name: "quotekit",
            dependencies: [
                "QuoteKit",
                "QuoteKitRules",
                "QuoteKitCSV",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/QuoteKitCLI",
            // A release build on Linux links the Swift runtime and Foundation into the executable. It starts in
            // two thirds of the time (no dynamic linking of Foundation and its ICU data), and it runs where Swift
            // is not installed: a Spark cluster's workers need only glibc, libstdc++, libicu, libxml2 and zlib.
            // This is what `swift build --static-swift-stdlib` does, for this one product (the library is
            // linked as usual).
            // Foundation's static archives need each other: the group lets the linker resolve them in any order.
            linkerSettings: [.unsafeFlags(staticStdlib, .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "quotekit-bench",
            dependencies: ["QuoteKit", "QuoteKitICU"],
            path: "Sources/QuoteKitBench"
        ),
        .executableTarget(
            name: "print-quotes",
            dependencies: ["QuoteKit"],
            path: "Examples/print-quotes"
        ),
        .testTarget(name: "QuoteKitICUTests", dependencies: ["QuoteKitICU"]),
        .testTarget(
            name: "QuoteKitTests",
            dependencies: [
                "QuoteKit",
                "QuoteKitRules",
                "QuoteKitCSV",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
