import Testing
@testable import Tabular

@Suite("Point tables")
struct PointTableTests {
    private func table(_ text: String, lat: String? = nil, lon: String? = nil) throws -> PointTable {
        try PointTable(table: CSVTable(bytes: Array(text.utf8), file: "events.csv"), latitudeColumn: lat, longitudeColumn: lon)
    }

    private func failure(_ text: String, lat: String? = nil) -> CSVError? {
        do {
            _ = try table(text, lat: lat)
            return nil
        } catch {
            return error as? CSVError
        }
    }

    @Test func findsCoordinateColumnsByName() throws {
        let t = try table("id,Latitude,LONGITUDE,date\n1,12.6392,-8.0029,2022-07-22\n2,14.5,-4.2,2022-07-27\n")
        #expect(t.columns == CoordinateColumns(latitude: 1, longitude: 2))
        #expect(t.latitudes == [12.6392, 14.5])
        #expect(t.longitudes == [-8.0029, -4.2])
        #expect(t.kinds[0] == .integer)
        #expect(t.kinds[3] == .text)
    }

    @Test func ambiguousAndMissingColumnsAreExplained() {
        let ambiguous = failure("lat,latitude,lon\n1,2,3\n")
        #expect(ambiguous?.message.contains("'lat' and 'latitude'") == true)
        #expect(ambiguous?.message.contains("--lat-column") == true)
        let missing = failure("y,x\n1,2\n")
        #expect(missing?.message.contains("no latitude column") == true)
        #expect(failure("lat,latitude,lon\n1,2,3\n", lat: "latitude") == nil)
    }

    @Test func badValuesNameFileLineAndField() {
        let outOfRange = failure("id,lat,lon\n1,12.6,-8.0\n2,95,-8.0\n")
        #expect(outOfRange?.description == "events.csv:3: field 'lat': latitude 95.0 is outside -90...90")
        let notANumber = failure("id,lat,lon\n1,abc,-8.0\n")
        #expect(notANumber?.line == 2)
        #expect(notANumber?.field == "lat")
        #expect(notANumber?.message.contains("'abc' is not a number") == true)
        let nan = failure("id,lat,lon\n1,NaN,-8.0\n")
        #expect(nan?.field == "lat")
        let width = failure("id,lat,lon\n1,12.6\n")
        #expect(width?.description == "events.csv:2: has 2 fields, the header has 3")
        let half = failure("id,lat,lon\n1,,-8.0\n")
        #expect(half?.message.contains("empty while the other coordinate is set") == true)
    }

    @Test func rowsWithoutCoordinatesAreKeptNotDropped() throws {
        let t = try table("id,lat,lon\n1,12.6,-8.0\n2,,\n3,14.5,-4.2\n\n")
        #expect(t.count == 3)
        #expect(t.latitudes[1].isNaN && t.longitudes[1].isNaN)
        #expect(t.rowOffsets.count == 4)
    }

    @Test func semicolonTablesMayUseDecimalCommas() throws {
        let t = try table("nom;lat;lon\nSégou;13,440436;-6,272323\n")
        #expect(t.latitudes == [13.440436])
        #expect(t.longitudes == [-6.272323])
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() {
        let error = failure("id,note,lat,lon\n1,\"two\nlines\",12.6,-8.0\n2,x,12.6,200\n")
        #expect(error?.line == 4)
        #expect(error?.field == "lon")
    }

    @Test func largeTablesParsedInPartsKeepOrderAndLineNumbers() throws {
        // Over 1 MiB without quotes: parsed in parallel parts, which must agree with the file's own order.
        var text = "id,lat,lon,date\n"
        let rows = 60_000
        for i in 1...rows { text += "\(i),\(Double(i % 900) / 10),\(Double(i % 1800) / 10 - 90),2022-07-\(10 + i % 20)\n" }
        let t = try table(text)
        #expect(t.count == rows)
        #expect(t.latitudes[rows - 1] == Double(rows % 900) / 10)
        #expect(t.rowOffsets.count == rows + 1)
        #expect(t.rowOffsets == t.rowOffsets.sorted())
        #expect(t.kinds == [.integer, .empty, .empty, .text])   // coordinate columns are not properties
        var broken = text
        broken += "\(rows + 1),95,1,2022-07-30\n"
        let error = failure(broken)
        #expect(error?.line == rows + 2)
        #expect(error?.field == "lat")
        // An error in the first half is reported with its own line, too.
        let early = failure(text.replacingOccurrences(of: "\n7,", with: "\n7,x"))
        #expect(early?.line == 8)
    }
}
