import ArgumentParser
import QuoteKit

struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "speakers", abstract: "List canonical speakers with their mentions, titles and quote ids.")
    mutating func run() throws {}
}
