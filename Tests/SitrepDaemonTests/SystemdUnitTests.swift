import Foundation
import SitrepTestSupport
import Testing

/// The units as scripts/install-systemd renders them, checked offline by systemd itself.
@Suite struct SystemdUnitTests {
    static let analyze = "/usr/bin/systemd-analyze"

    func rendered() throws -> String {
        let folder = DaemonProcess.makeFolder()
        let script = DaemonProcess.packageRoot.appendingPathComponent("scripts/install-systemd").path
        let result = try runProcess("/bin/bash", [script, "--render-only", folder, "--bindir", DaemonProcess.binaries.path])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyze)))
    func renderedUnitsPassSystemdAnalyzeVerify() throws {
        let folder = try rendered()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let units = ["sitrepd.socket", "sitrepd.service", "sitrep-inbox.path", "sitrep-inbox.service"].map { folder + "/" + $0 }
        let verify = try runProcess(Self.analyze, ["verify"] + units)
        #expect(verify.status == 0, "\(verify.stderr)")
        let service = try String(contentsOfFile: folder + "/sitrepd.service", encoding: .utf8)
        #expect(service.contains("ExecStart=\(DaemonProcess.binaries.path)/sitrepd "))
        #expect(!service.contains("@BINDIR@"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyze)))
    func daemonExposureIsAtMostTwo() throws {
        let folder = try rendered()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let security = try runProcess(Self.analyze, ["security", "--offline=yes", folder + "/sitrepd.service"])
        let line = try #require((security.stdout + security.stderr).split(separator: "\n").first { $0.contains("Overall exposure level") })
        let figure = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        #expect(figure <= 2.0, "\(line)")
    }
}
