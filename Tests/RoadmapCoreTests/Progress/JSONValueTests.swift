import Testing

@testable import RoadmapCore

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("{ not json", 1, 3, "expected a quoted key"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}'"),
        ("[1, 2", 1, 6, "expected ',' or ']'"),
        ("{\"a\": tru}", 1, 7, "unexpected character 't'"),
        ("", 1, 1, "unexpected end of file"),
        ("{} x", 1, 4, "unexpected text after the end of the JSON value"),
        ("\"abc", 1, 5, "unterminated string"),
    ])
    func pointsAtTheFirstProblem(text: String, line: Int, column: Int, message: String) {
        #expect(throws: JSONValue.Problem(line: line, column: column, message: message)) { try JSONValue.parse(Array(text.utf8)) }
    }

    @Test(arguments: ["{}", "[]", "{\"a\": [1, -2.5e3, true, false, null, \"x\\\"y\"]}", " \n{ \"é\" : {} }\n"])
    func acceptsWellFormedJSON(text: String) {
        #expect(throws: Never.self) { try JSONValue.parse(Array(text.utf8)) }
    }
}
