import Foundation

/// Removes what a page scraper picks up besides the article: ad markers, scripts, store
/// promos, trailing "Keep reading:" link lists, agency sign-offs and photo credits. Each
/// rule targets a shape of junk, not a particular page, and errs towards keeping text:
/// a lost sentence of news is worse than an indexed ad marker.
public enum ScrapeJunkFilter {
    public struct Result: Sendable, Equatable {
        public var paragraphs: [String]
        /// Indexes (into `paragraphs`) of photo captions, whose credit was cut off.
        public var captionIndexes: Set<Int>
    }

    public static func clean(_ paragraphs: [String]) -> Result {
        var paragraphs = paragraphs
        // A bare name closing a text is a signature or sign-off ("John West"), not content.
        if paragraphs.count > 1, let last = paragraphs.last, isSignature(last) { paragraphs.removeLast() }
        var kept: [String] = []
        var captions: Set<Int> = []
        for paragraph in dropTrailingLinkList(paragraphs) {
            guard var text = removingAdMarkers(paragraph) else { continue }
            if isCode(text) || isStorePromo(text) || isSignOff(text) { continue }
            if let caption = removingPhotoCredit(text) {
                text = caption
                captions.insert(kept.count)
            }
            kept.append(text)
        }
        return Result(paragraphs: kept, captionIndexes: captions)
    }

    // MARK: Ad markers

    /// Phrases that are never news text, wherever they stand in a paragraph.
    static let adPhrases = [
        "Scroll to continue with content", "Story continues below advertisement",
        "Continue reading the main story", "Article continues below this ad",
        "ADVERTISEMENT", "SPONSORED CONTENT",
    ]
    /// Words that are junk only when nothing else is left in the paragraph.
    static let adResidue: Set<String> = ["Ad", "AD", "Ads", "Advertisement", "Sponsored", "-", "|"]

    /// The paragraph without ad markers, or nil when nothing but markers was there.
    static func removingAdMarkers(_ paragraph: String) -> String? {
        var text = paragraph
        var changed = false
        for phrase in adPhrases where text.containsBytes(phrase) {
            text = text.replacingOccurrences(of: phrase, with: " ")
            changed = true
        }
        // Most paragraphs are prose: their first word already shows they are no marker block.
        guard changed || adResidue.contains(String(text.prefix { $0 != " " })) else { return paragraph }
        let words = text.spaceSeparated()
        if words.allSatisfy({ adResidue.contains(String($0)) }) { return nil }
        if changed {
            // A lone "Ad" left beside a removed marker is part of the marker block.
            return words.filter { !($0 == "Ad" || $0 == "AD") }.joined(separator: " ")
        }
        return paragraph
    }

    // MARK: Scripts

    static let codeSignals = [
        "document.", "window.", "innerHTML", "getElementById", "function (", "function(",
        "var ", "const ", ".style.", "});", "=>", "!==", "===", "googletag", "adsbygoogle",
    ]

    /// Script text has a density of code punctuation and keywords that prose never has.
    static func isCode(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "=") })
        else { return false }
        let signals = codeSignals.reduce(0) { $0 + (text.containsBytes($1) ? 1 : 0) }
        guard signals >= 2 else { return false }
        var punctuation = 0
        for byte in text.utf8 where byte == UInt8(ascii: ";") || byte == UInt8(ascii: "{")
            || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "=") { punctuation += 1 }
        return punctuation * 40 >= text.utf8.count
    }

    // MARK: Promos, sign-offs

    /// Two or three capitalised words and nothing else (a name), or a line of dashes.
    static func isSignature(_ text: String) -> Bool {
        if !text.isEmpty, text.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "_" || $0 == " " }) { return true }
        let words = text.spaceSeparated()
        return (2...3).contains(words.count) && words.allSatisfy { word in
            word.startsWithUppercase && word.dropFirst().allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" }
        }
    }

    /// "Jerusalem Post Store", "Shop now": a short unpunctuated line that sells something.
    static let storePromoEndings = ["Store", "Shop", "Subscribe", "Newsletter"]

    static func isStorePromo(_ text: String) -> Bool {
        // The ending first, on the bytes: most paragraphs are no promo.
        guard storePromoEndings.contains(where: { text.hasSuffix($0) }) else { return false }
        let words = text.spaceSeparated()
        return words.count <= 5 && words.last.map { storePromoEndings.contains(String($0)) } == true
    }

    /// A wire agency's closing line ("Reuter", "REUTER"): a signature, not text.
    static func isSignOff(_ text: String) -> Bool {
        ["reuter", "reuters", "(reuters)", "(ap)", "(afp)"].contains(text.lowercased())
    }

    // MARK: Link lists

    static let linkListMarkers: Set<String> = [
        "keep reading", "read more", "read also", "related", "related articles", "related stories",
        "related coverage", "more on this story", "see also", "also read", "recommended",
        "you may also like", "more from", "most read",
    ]

    /// Drops a "Keep reading:" marker and everything after it when what follows is a list of
    /// headlines (short paragraphs), the shape of a related-links block.
    static func dropTrailingLinkList(_ paragraphs: [String]) -> [String] {
        for (index, paragraph) in paragraphs.enumerated().reversed() {
            var key = paragraph.lowercased()
            while key.hasSuffix(":") || key.hasSuffix(".") { key.removeLast() }
            guard linkListMarkers.contains(key) else { continue }
            let tail = paragraphs[(index + 1)...]
            if tail.allSatisfy({ $0.spaceSeparated().count <= 30 }) {
                return Array(paragraphs[..<index])
            }
        }
        return paragraphs
    }

    // MARK: Photo credits

    static let agencies: Set<String> = [
        "AP", "AFP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "Getty Images", "Getty", "Shutterstock",
        "Alamy", "Bloomberg", "PA", "ANP", "TASS", "Xinhua", "UPI", "NurPhoto", "Sipa", "SIPA",
    ]

    /// The caption without its trailing credit (" - Evgeniy Maloletka/AP", " - LIBKOS/AP",
    /// "Photo: Jane Doe/Reuters"), or nil when the paragraph ends in no credit.
    static func removingPhotoCredit(_ text: String) -> String? {
        // Captions are short; the checks below are not free.
        guard text.utf8.count <= 600, text.containsBytes(" - ") || text.containsBytes(": ") else { return nil }
        for marker in [" Photo: ", " Photograph: ", " Credit: ", " (Photo: "] {
            if let range = text.lastRangeOfBytes(marker),
               text[range.upperBound...].spaceSeparated().count <= 8 {
                var caption = String(text[..<range.lowerBound])
                while caption.hasSuffix(" -") || caption.hasSuffix(" |") { caption.removeLast(2) }
                return caption
            }
        }
        guard let dash = text.lastRangeOfBytes(" - ") else { return nil }
        let credit = text[dash.upperBound...]
        let parts = credit.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), credit.spaceSeparated().count <= 6,
              let agency = parts.last.map({ String($0).trimmingSpaces() }),
              agencies.contains(agency) || (agency.count >= 2 && agency.isAllUppercase),
              parts.dropLast().allSatisfy(isPhotographerName)
        else { return nil }
        return String(text[..<dash.lowerBound])
    }

    private static func isPhotographerName(_ part: Substring) -> Bool {
        let words = part.spaceSeparated()
        return (1...4).contains(words.count) && words.allSatisfy { $0.startsWithUppercase }
    }
}
