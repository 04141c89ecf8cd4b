#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BundledRoadmaps
import RoadmapCore

/// The entry point: reads the command line and environment, runs one command, prints its
/// output or error, and exits with 0, 1 (a failure the user can fix), 64 (usage error) or 74
/// (the output could not be written: a full disk, say).
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = Environment.process
        do {
            let output = try run(arguments, environment: environment)
            if let failure = Output.write(output, to: .standardOutput) {
                Output.write("error: cannot write the output: \(String(cString: strerror(failure)))\n", to: .standardError)
                exit(74)
            }
            exit(0)
        } catch {
            let (message, code) = ErrorReport.describe(error)
            Output.write(message, to: .standardError)
            exit(code)
        }
    }

    /// Runs one command line and returns what it prints.
    static func run(_ arguments: [String], environment: Environment) throws -> String {
        let invocation = try Invocation.parse(arguments, valueOptions: Commands.valueOptions)
        if invocation.flags.contains("--version") { return "roadmap \(Help.version)\n" }
        let name = invocation.command ?? (invocation.flags.contains("--help") ? "help" : NextCommand.name)
        guard let type = Commands.type(named: name) else {
            throw UsageError("unknown command '\(name)'" + Help.suggestion(for: name))
        }
        if invocation.flags.contains("--help") {
            return invocation.command == nil ? Help.overview : type.help
        }
        let command = try type.init(invocation)
        let dataFolder = try Context.dataFolder(environment: environment)
        let context = Context(
            invocation: invocation,
            terminal: Terminal(),
            catalog: RoadmapCatalog(
                bundled: BundledRoadmaps.all, added: AddedRoadmaps(folder: dataFolder + "/roadmaps"),
                preparsed: BundledRoadmaps.roadmap(id:),
                cache: ParseCache(folder: dataFolder + "/cache", programIdentity: { ProgramIdentity.current })),
            store: ProgressStore(folder: dataFolder),
            clock: SystemTime.now,
            style: Terminal.style(environment: environment, noColorFlag: invocation.flags.contains("--no-color")),
            environment: environment,
            warn: { Output.write($0, to: .standardError) },
            zone: SystemTime.zone)
        return try command.run(in: context)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Writes whole strings to the standard streams.
enum Output {
    enum Stream { case standardOutput, standardError }

    /// Returns the `errno` of a write that failed, or nil when all was written or the reader
    /// closed the pipe (`roadmap list | head -3`), which is no failure.
    @discardableResult
    static func write(_ text: String, to stream: Stream) -> Int32? {
        let descriptor = stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno == EPIPE ? nil : errno
            }
            bytes = bytes.dropFirst(written)
        }
        return nil
    }
}
