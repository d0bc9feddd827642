import Foundation
import GRDB

/// Reads feature tables of a GeoPackage. A GeoPackage is an SQLite database, so GRDB opens it read-only:
/// nothing is written next to the user's file and a file in a read-only directory still works.
struct GeoPackageReader {
    let path: String
    private let database: DatabaseQueue

    init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw GazetteerError(file: path, message: "no such file")
        }
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw GazetteerError(file: path, message: "cannot open as a GeoPackage: \(error)")
        }
    }

    /// Feature tables and their geometry column, from `gpkg_geometry_columns`.
    func geometryColumns() throws -> [String: String] {
        do {
            return try database.read { db in
                var columns: [String: String] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT table_name, column_name FROM gpkg_geometry_columns") {
                    if let table: String = row["table_name"], let column: String = row["column_name"] {
                        columns[table] = column
                    }
                }
                return columns
            }
        } catch {
            throw GazetteerError(file: path, message: "is not a GeoPackage (no readable gpkg_geometry_columns): \(error)")
        }
    }

    /// Every row of `layer`, with the `attributes` that exist in the table. Column names are matched
    /// case-insensitively because Natural Earth layers mix `NAME` and `name`.
    func features(layer: String, attributes: [String]) throws -> [GeoPackageFeature] {
        guard let geometryColumn = try geometryColumns()[layer] else {
            throw GazetteerError(file: path, message: "has no feature layer '\(layer)'")
        }
        do {
            return try database.read { db in
                let tableColumns = try db.columns(in: layer).map(\.name)
                let primaryKey = try db.primaryKey(layer).columns.first ?? "rowid"
                var selected: [(asked: String, actual: String)] = []
                for name in attributes {
                    if let actual = tableColumns.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
                        selected.append((name, actual))
                    }
                }
                let columnList = ([primaryKey, geometryColumn] + selected.map(\.actual)).map(Self.quote).joined(separator: ", ")
                let sql = "SELECT \(columnList) FROM \(Self.quote(layer)) ORDER BY \(Self.quote(primaryKey))"
                var features: [GeoPackageFeature] = []
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    var values: [String: String] = [:]
                    for (offset, column) in selected.enumerated() {
                        // Attributes may be stored as numbers (fips as integer in some files): take their text.
                        let value = row[offset + 2] as DatabaseValue
                        switch value.storage {
                        case .string(let s): values[column.asked] = s
                        case .int64(let i): values[column.asked] = String(i)
                        case .double(let d): values[column.asked] = String(d)
                        case .blob, .null: break
                        }
                    }
                    let blob: Data? = row[1]
                    features.append(GeoPackageFeature(fid: row[0] ?? Int64(features.count + 1), attributes: values,
                                                      blob: blob.map { [UInt8]($0) }))
                }
                return features
            }
        } catch {
            throw GazetteerError(file: path, message: "cannot read layer '\(layer)': \(error)")
        }
    }

    private static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
