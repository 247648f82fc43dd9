// swift-tools-version: 6.0
import PackageDescription

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
            // The self-contained Linux executable (the Swift runtime and Foundation linked in) is
            // `swift build -c release --static-swift-stdlib --product quotekit`: the toolchain's own flag,
            // with no hand-listed archives and no unsafeFlags (see README, "Development").
            path: "Sources/QuoteKitCLI"
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
