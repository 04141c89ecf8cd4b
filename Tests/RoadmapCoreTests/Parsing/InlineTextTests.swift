import Testing

@testable import RoadmapCore

@Suite struct InlineTextTests {
    @Test func inlineLinksKeepTheirText() {
        let inline = InlineText("Learn **basic** *Python* with [GeeksforGeeks](https://g.org/a) today")
        #expect(inline.plain == "Learn basic Python with GeeksforGeeks today")
        #expect(inline.links == [Resource(title: "GeeksforGeeks", url: "https://g.org/a")])
        #expect(!inline.isOnlyLinks)
    }

    @Test func bareURLIsTitledByItsLabel() {
        let inline = InlineText("Python playlist: https://www.youtube.com/playlist?list=X.")
        #expect(inline.links == [Resource(title: "Python playlist", url: "https://www.youtube.com/playlist?list=X")])
    }

    @Test func bareURLWithoutLabelIsTitledByItsAddress() {
        #expect(InlineText("https://www.mlflow.org/docs/latest/index.html#").links.first?.title == "mlflow.org/docs/latest")
    }

    @Test func placeholderLinkTextTakesTheWordsBeforeIt() {
        let inline = InlineText("The official tutorial is [here](https://docs.python.org/3/tutorial/)")
        #expect(inline.links.first?.title == "The official tutorial")
    }

    @Test func autolinksImagesAndSnakeCase() {
        let inline = InlineText("See <https://a.org> and [the book](https://b.org) ![img](x.png) my_var")
        #expect(inline.links.map(\.url) == ["https://a.org", "https://b.org"])
        #expect(inline.plain == "See and the book my_var")
    }
}
