extension String {
    /// The text as one word of a shell command line, for a command the output suggests:
    /// as it is when it holds only letters, digits and `._/-`, else in single quotes
    /// (`my plan` → `'my plan'`, `it's` → `'it'\''s'`).
    public var quotedForShell: String {
        let plain = !isEmpty && utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }
        if plain { return self }
        // By scalar: an apostrophe followed by a combining mark is one Character, but still
        // a quote to the shell.
        var quoted = "'"
        for scalar in unicodeScalars {
            if scalar == "'" { quoted += "'\\''" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "'"
    }
}
