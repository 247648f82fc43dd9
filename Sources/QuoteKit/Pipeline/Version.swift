/// The library's version (semantic versioning), written `QuoteKit.version` by clients; `quotekit --version`
/// prints it. CHANGELOG.md lists what each version changed.
public let version = "0.2.0"
