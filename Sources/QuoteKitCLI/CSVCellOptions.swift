import ArgumentParser

/// `--raw-csv`: turns off the spreadsheet-formula guard of CSV output.
struct CSVCellOptions: ParsableArguments {
    @Flag(help: "Write CSV cells exactly as found. By default a cell that starts with =, +, -, @, a tab or a carriage return gets a leading ' so that a spreadsheet does not run it as a formula; give this for programs that read the CSV.")
    var rawCsv = false

    /// Whether CSV exporters neutralise formula-like cells.
    var neutralizesFormulas: Bool { !rawCsv }
}
