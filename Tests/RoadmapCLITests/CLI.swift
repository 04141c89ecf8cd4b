import Foundation
import Testing

/// Runs the built `roadmap` binary with a temporary data folder, never the real home.
struct CLI {
    struct Result: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// A fresh, empty `ROADMAP_HOME` (and `HOME`) for one test.
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appending(path: "roadmap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    var dataFolder: URL { home.appending(path: "data") }
    var progressFile: URL { dataFolder.appending(path: "progress.json") }

    /// The `roadmap` executable built next to the test bundle.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appending(path: "roadmap")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/roadmap")
    }()

    @discardableResult
    func run(_ arguments: String..., environment extra: [String: String] = [:]) throws -> Result {
        try run(arguments: arguments, environment: extra)
    }

    @discardableResult
    func run(arguments: [String], environment extra: [String: String] = [:], binary: URL = CLI.binary,
             in directory: URL? = nil) throws -> Result
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // Dates show in UTC unless a test names another zone, whatever the machine's zone.
        var environment = ["HOME": home.path, "ROADMAP_HOME": dataFolder.path, "PATH": "/usr/bin:/bin", "TZ": "UTC"]
        environment.merge(extra) { $1 }
        process.environment = environment
        process.currentDirectoryURL = directory ?? home
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }
}

extension CLI {
    /// The commands `roadmap --help` lists after `marker`, up to the full stop that ends the
    /// list (the lines of the `--json` and `--roadmap` options).
    func commandsListedInHelp(after marker: String) throws -> [String] {
        let help = try run("--help").stdout
        let start = try #require(help.range(of: marker))
        return help[start.upperBound...].prefix { $0 != "." }.split { $0 == "," || $0 == " " || $0 == "\n" }.map(String.init)
    }
}
