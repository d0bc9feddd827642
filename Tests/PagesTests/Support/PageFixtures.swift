import Foundation
import TestSupport
import Testing

/// The team's pages in the shape of real CMS output (`Fixtures/*.html`) and what each holds
/// (`Fixtures/pages.json`): the article's paragraphs, title, date, and words of its furniture that must not
/// reach the text. The benchmark scores text agreement on the same files.
struct PageFixture: Sendable, CustomTestStringConvertible {
    let file: String
    let cms: String
    let title: String
    let published: String?
    let publishedFrom: String?
    let language: String?
    let url: String?
    let site: String?
    let paragraphs: [String]
    let boilerplate: [String]

    var testDescription: String { "\(cms) (\(file))" }

    static let directory = TestPaths.packageRoot.appendingPathComponent("Tests/PagesTests/Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    var bytes: [UInt8] {
        get throws { try Self.bytes(file) }
    }

    static let all: [PageFixture] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("pages.json")),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.map { item in
            PageFixture(file: item["file"] as? String ?? "", cms: item["cms"] as? String ?? "",
                        title: item["title"] as? String ?? "", published: item["published"] as? String,
                        publishedFrom: item["published_from"] as? String, language: item["lang"] as? String,
                        url: item["url"] as? String, site: item["site"] as? String,
                        paragraphs: item["paragraphs"] as? [String] ?? [], boilerplate: item["boilerplate"] as? [String] ?? [])
        }
    }()
}
