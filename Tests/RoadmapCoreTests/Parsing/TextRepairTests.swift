import Testing

@testable import RoadmapCore

@Suite struct TextRepairTests {
    @Test(arguments: [
        ("Andrew Ngâ€™s course", "Andrew Ng’s course"),
        ("AurÃ©lien GÃ©ron", "Aurélien Géron"),
        ("## ðŸ“… **Plan**", "## 📅 **Plan**"),
        ("RMSE, RÂ²)", "RMSE, R²)"),
        ("FranÃ§ois", "François"),
    ])
    func repairsDoubleEncodedText(broken: String, repaired: String) {
        #expect(TextRepair.repairingMojibake(broken) == repaired)
    }

    @Test(arguments: ["Aurélien Géron", "François Chollet", "naïve café", "Gradients – high-level", "plain ASCII", "🔰 emoji", "Ãx"])
    func leavesGenuineTextAlone(text: String) {
        #expect(TextRepair.repairingMojibake(text) == text)
    }
}
