/// Something in a roadmap file the parser could not place, with its line.
public struct ParseWarning: Equatable, Sendable {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
