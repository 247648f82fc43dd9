// swift-tools-version: 6.0
// libFuzzer targets for QuoteKit. Kept out of the root package so that a normal
// `swift build` / `swift test` is unaffected; build and run with scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "QuoteKitFuzz",
    dependencies: [.package(name: "QuoteKit", path: "..")],
    targets: [
        .executableTarget(name: "FuzzExtract", dependencies: [.product(name: "QuoteKit", package: "QuoteKit"),
                                                             .product(name: "QuoteKitCSV", package: "QuoteKit")]),
        .executableTarget(name: "FuzzLint", dependencies: [.product(name: "QuoteKit", package: "QuoteKit")]),
        .executableTarget(name: "FuzzDecode", dependencies: [.product(name: "QuoteKit", package: "QuoteKit")]),
    ]
)
