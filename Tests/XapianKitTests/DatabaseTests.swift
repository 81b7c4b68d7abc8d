import Testing
import XapianKit

@Suite struct DatabaseTests {
    @Test func createWriteAndReopen() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir + "/db"
            do {
                let writer = try WritableDatabase(path: path)
                let doc = try Document()
                try doc.indexText("hello world")
                try doc.setData([0, 1, 2, 0, 255])
                try doc.setValue("20230701", slot: 3)
                #expect(try writer.replaceDocument(idTerm: "Qone", doc) == 1)
                try writer.commit()
            }
            let reader = try Database(path: path)
            #expect(try reader.documentCount == 1)
            let doc = try #require(try reader.document(idTerm: "Qone"))
            #expect(try doc.data() == [0, 1, 2, 0, 255])
            #expect(try doc.value(slot: 3) == "20230701")
            #expect(try doc.value(slot: 4) == "")
            #expect(try doc.terms(withPrefix: "Q") == [TermCount(term: "Qone", count: 0)])
            #expect(try reader.document(idTerm: "Qmissing") == nil)

            // The writer's lock went with it, so another writer can open without creating.
            let again = try WritableDatabase(path: path, create: false)
            #expect(try again.documentCount == 1)
            #expect(try again.termFrequency("hello") == 1)
            #expect(try again.termFrequency("absent") == 0)
        }
    }

    @Test func secondWriterIsLockedOut() async throws {
        try await withTemporaryDirectory { dir in
            let first = try WritableDatabase(path: dir + "/db")
            try withExtendedLifetime(first) {
                let error = try expectXapianError(.databaseLocked) {
                    _ = try WritableDatabase(path: dir + "/db")
                }
                #expect(error.operation == "open \(dir)/db for writing")
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test func openingMissingDatabaseFails() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir + "/nothing-here"
            let error = try expectXapianError(.databaseOpening) { _ = try Database(path: path) }
            #expect(error.operation == "open \(path) read-only")
            #expect(error.description.hasPrefix("open \(path) read-only: "))
            try expectXapianError(.databaseOpening) { _ = try WritableDatabase(path: path, create: false) }
        }
    }

    @Test func replaceByIdTermIsIdempotent() async throws {
        try await withTemporaryDirectory { dir in
            let writer = try WritableDatabase(path: dir + "/db")
            let first = try Document()
            try first.indexText("original words")
            let id1 = try writer.replaceDocument(idTerm: "Qx", first)
            let second = try Document()
            try second.indexText("replacement text")
            try second.addBooleanTerm("Qx")
            let id2 = try writer.replaceDocument(idTerm: "Qx", second)
            try writer.commit()
            #expect(id1 == id2)
            #expect(try writer.documentCount == 1)
            #expect(try writer.termFrequency("original") == 0)
            #expect(try writer.termFrequency("replacement") == 1)
            #expect(try writer.termFrequency("Qx") == 1)
            let stored = try #require(try writer.document(idTerm: "Qx"))
            #expect(try stored.terms(withPrefix: "repl").map(\.term) == ["replacement"])
        }
    }

    @Test func deleteByIdTerm() async throws {
        try await withTemporaryDirectory { dir in
            let writer = try WritableDatabase(path: dir + "/db")
            try writer.replaceDocument(idTerm: "Qa", Document())
            try writer.replaceDocument(idTerm: "Qb", Document())
            #expect(try writer.deleteDocument(idTerm: "Qa"))
            #expect(try !writer.deleteDocument(idTerm: "Qa"))
            try writer.commit()
            #expect(try writer.documentCount == 1)
            #expect(try writer.document(idTerm: "Qa") == nil)
            #expect(try writer.document(idTerm: "Qb") != nil)
        }
    }

    @Test func readerSeesCommitsOnlyAfterReopen() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir + "/db"
            let writer = try WritableDatabase(path: path)
            try writer.replaceDocument(idTerm: "Q1", Document())
            try writer.commit()
            let reader = try Database(path: path)
            #expect(try reader.documentCount == 1)

            try writer.replaceDocument(idTerm: "Q2", Document())
            #expect(try writer.documentCount == 2)  // a writer sees its own pending changes
            #expect(try reader.reopen() == false)  // nothing committed yet
            #expect(try reader.documentCount == 1)

            try writer.commit()
            #expect(try reader.documentCount == 1)  // still the snapshot it opened
            #expect(try reader.reopen() == true)
            #expect(try reader.documentCount == 2)
            #expect(try reader.reopen() == false)
        }
    }

    @Test func revisionIncreasesPerCommit() async throws {
        try await withTemporaryDirectory { dir in
            let writer = try WritableDatabase(path: dir + "/db")
            let start = try writer.revision
            for n in 1...3 {
                try writer.replaceDocument(idTerm: "Q\(n)", Document())
                try writer.commit()
                #expect(try writer.revision == start + UInt64(n))
            }
            let reader = try Database(path: dir + "/db")
            #expect(try reader.revision == start + 3)
        }
    }

    @Test func metadata() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir + "/db"
            let writer = try WritableDatabase(path: path)
            try writer.setMetadata("schema", "3")
            try writer.setMetadata("source:bbc", "2023-07-01T10:00:00Z")
            try writer.setMetadata("source:ap", "2023-07-02T11:00:00Z")
            try writer.commit()

            let reader = try Database(path: path)
            #expect(try reader.metadata("schema") == "3")
            #expect(try reader.metadata("missing") == nil)
            #expect(try reader.metadataKeys(withPrefix: "source:") == ["source:ap", "source:bbc"])
            #expect(try reader.metadataKeys(withPrefix: "") == ["schema", "source:ap", "source:bbc"])

            try writer.setMetadata("source:ap", "")
            try writer.commit()
            #expect(try reader.metadata("source:ap") != nil)  // old snapshot
            try reader.reopen()
            #expect(try reader.metadata("source:ap") == nil)
            #expect(try reader.metadataKeys(withPrefix: "source:") == ["source:bbc"])
        }
    }

    @Test func termsWithPrefixCountDocuments() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            #expect(try db.terms(withPrefix: "XPLACE") == [
                TermCount(term: "XPLACEkyiv", count: 2),
                TermCount(term: "XPLACElondon", count: 2),
                TermCount(term: "XPLACEvilnius", count: 1),
            ])
            #expect(try db.documentCount == articles.count)
        }
    }

    @Test func documentIndexingStemsWithZPrefix() throws {
        let english = try Document(stemLanguage: "en")
        try english.indexText("Running runs")
        #expect(try english.terms(withPrefix: "") == [
            TermCount(term: "Zrun", count: 2),
            TermCount(term: "running", count: 1),
            TermCount(term: "runs", count: 1),
        ])

        let unstemmed = try Document(stemLanguage: "none")
        try unstemmed.indexText("Running runs", weight: 2, prefix: "S")
        #expect(try unstemmed.terms(withPrefix: "") == [
            TermCount(term: "Srunning", count: 2),
            TermCount(term: "Sruns", count: 2),
        ])

        try expectXapianError(.invalidArgument) { _ = try Document(stemLanguage: "klingon") }
        try expectXapianError(.invalidArgument) { try english.addBooleanTerm("") }
        try expectXapianError(.invalidArgument) { try english.indexText("x", weight: -1) }
    }
}
