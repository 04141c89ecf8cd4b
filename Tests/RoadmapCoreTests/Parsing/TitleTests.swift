import Testing

@testable import RoadmapCore

@Suite struct TitleTests {
    @Test(arguments: [
        ("https://www.khanacademy.org/math/linear-algebra", "khanacademy.org/math/linear-algebra"),
        ("http://example.com/", "example.com"),
        ("https://http://example.com/index.html", "example.com"),
        ("mailto:someone@example.com", "someone@example.com"),
        ("https://example.com/docs/index.htm?page=2#top", "example.com/docs"),
        ("https://example.com/a/index.html/", "example.com/a/index.html"),
        ("https://", "https://"),
        ("https://www.", "https://www."),
        ("https://café.example/menu/", "café.example/menu"),
        ("https://example.com/e\u{301}/", "example.com/e\u{301}"),
    ])
    func fromURL(url: String, title: String) {
        #expect(Title.fromURL(url) == title)
    }
}
