import Foundation

extension String {
    /// NFD, so that diacritics are separate marks that keys can drop ("Zelenskyj" and
    /// "Zelens'kyi" fold with "Zelensky"; "São" with "Sao").
    var decomposedForKeys: String { decomposedStringWithCanonicalMapping }
}
