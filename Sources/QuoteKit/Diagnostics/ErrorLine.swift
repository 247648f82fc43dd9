/// The one-line form in which every QuoteKit error describes itself, and the command-line tool prints it.
///
/// `FILE:LINE: message` like a compiler's, so that editors and terminals link to the place; `FILE: message`
/// when no line is known, and the message alone when there is no file.
enum ErrorLine {
    /// The line for a problem in `source` (a file path or a name such as `<string>`) at `line` (1-based).
    static func format(source: String?, line: Int? = nil, message: String) -> String {
        guard let source, !source.isEmpty else { return message }
        guard let line else { return "\(source): \(message)" }
        return "\(source):\(line): \(message)"
    }
}
