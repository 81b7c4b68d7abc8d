import ArgumentParser

/// Where the index is. Every subcommand that reads or writes one takes it.
struct IndexLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Index folder.", discussion: "Defaults to $SITREP_INDEX, then ./index.", valueName: "dir"))
    var index: String?

    var path: String {
        index ?? Environment.value("SITREP_INDEX") ?? "index"
    }
}

/// How results are printed.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (a stable shape, see docs/ARCHITECTURE.md) instead of text.")
    var json = false

    var printer: any Printer {
        json ? JSONPrinter() : HumanPrinter(style: TerminalStyle.forStandardOutput())
    }
}
