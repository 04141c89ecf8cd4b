/// The words of a command line, sorted into a command name, options and arguments.
///
/// Options may stand before or after arguments; `--` ends options; `--name=value` and
/// `--name value` are the same. Which options take a value is declared by the commands. A
/// word that starts with `-` is an argument when no letter follows the `-` or `--`, or when
/// its name holds white space (`-5`, `---x`, `- [x] read it`, `-5 points on the quiz`): no
/// option is written so. An option that takes a value may be given at most once.
struct Invocation: Equatable {
    var command: String?
    var arguments: [String] = []
    /// The flags given, each once, in the order given.
    var flags: [String] = []
    var values: [String: String] = [:]

    /// Options every command accepts. Option lists are short arrays rather than sets: a
    /// set's hashing and metadata cost more at start-up than searching a few words.
    static let globalFlags = ["--help", "--json", "--version", "--no-color"]
    static let globalValueOptions = ["--roadmap"]

    /// Sorts `words` (the arguments after the program name).
    static func parse(_ words: [String], valueOptions: [String] = globalValueOptions) throws(UsageError) -> Invocation {
        var invocation = Invocation()
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !Self.isOption(word) {
                if invocation.command == nil {
                    invocation.command = word
                } else {
                    invocation.arguments.append(word)
                }
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            if valueOptions.contains(name) {
                let value = inlineValue ?? (index < words.count ? words[index] : nil)
                if inlineValue == nil, value != nil { index += 1 }
                // An empty value (`--roadmap ""`) names nothing, as a missing one does.
                guard let value, !value.isEmpty else { throw UsageError("\(name) needs a value") }
                // Given twice, one would be quietly dropped: a change could land on the wrong roadmap.
                guard invocation.values[name] == nil else { throw UsageError("\(name) given twice") }
                invocation.values[name] = value
            } else {
                if inlineValue != nil { throw UsageError("\(name) does not take a value") }
                if !invocation.flags.contains(name) { invocation.flags.append(name) }
            }
        }
        return invocation
    }

    /// Whether `word` is written as an option: `-` or `--` and then a letter, and no white
    /// space in its name (a value after `--name=` may hold some).
    static func isOption(_ word: String) -> Bool {
        // By byte, without a copy: every word of every command line passes here.
        var bytes = word.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "-"), var first = bytes.next() else { return false }
        let isLong = first == UInt8(ascii: "-")
        if isLong {
            guard let next = bytes.next() else { return true }  // `--`, which ends options
            first = next
        }
        guard (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else { return false }
        let name = isLong ? word.prefix { $0 != "=" } : word[...]
        return !name.contains(where: \.isWhitespace)
    }

    var json: Bool { flags.contains("--json") }
    var roadmapOverride: String? { values["--roadmap"] }
}

/// A command line that does not fit the commands' grammar (exit code 64).
struct UsageError: Error, Equatable {
    let message: String
    /// The command whose usage line to show, if known.
    var command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
