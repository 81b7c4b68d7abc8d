import ArgumentParser
import SitrepClient

/// Which index a command works on: sitrepd's (the default), or a folder with --index.
struct Target: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Work on this index folder in this process, without the daemon.", valueName: "dir"))
    var index: String?

    @Option(name: .long, help: ArgumentHelp("The daemon's socket.", discussion: "Defaults to $SITREP_SOCKET, then /run/sitrep/sitrep.sock.", valueName: "path"))
    var socket: String?

    var socketPath: String {
        socket ?? Environment.value("SITREP_SOCKET") ?? "/run/sitrep/sitrep.sock"
    }

    var backend: any Backend {
        if let index { return EmbeddedBackend(path: index, version: Sitrep.version) }
        return DaemonBackend(client: DaemonClient(socketPath: socketPath))
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
