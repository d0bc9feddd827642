// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sahel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sahel", targets: ["sahel"]),
        .library(name: "Spatial", targets: ["Spatial"]),
        .library(name: "GeoJSON", targets: ["GeoJSON"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // System-library shims: the C APIs of GEOS (reentrant only) and PROJ, found through pkg-config.
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]
        ),
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        // libxml2's HTML parser (saved web pages) and XML parser (RSS and Atom feeds).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libpq, PostgreSQL's C client, for the PostGIS incident store.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "Parallel"),
        // A thin Swift layer over libpq: connections, parameterised statements, results, errors with SQLSTATE.
        .target(name: "PostgresClient", dependencies: ["CLibPQ"]),
        .target(name: "Spatial", dependencies: ["CGEOS", "CPROJ", "Parallel"]),
        .target(name: "FileOutput"),
        // The progress line drawn on a terminal during long batches, as a pure function (testable).
        .target(name: "TerminalProgress"),
        // UTF-8 well-formedness for the readers that report or re-decode bad bytes (CSV, documents, JSON, pages).
        .target(name: "TextEncoding"),
        .target(name: "GeoJSON", dependencies: ["FileOutput", "TextEncoding"]),
        .target(name: "Tabular", dependencies: ["Parallel", "TextEncoding"]),
        .target(
            name: "Gazetteer",
            dependencies: ["Spatial", "GeoJSON", "Tabular", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Saved web pages and feeds: the article's text and metadata, RSS and Atom items (no CLI code).
        .target(name: "Pages", dependencies: ["CLibXML2", "TextEncoding"]),
        .target(name: "Documents", dependencies: ["Tabular", "Pages", "Parallel", "TextEncoding"]),
        // One text model for the pipeline: tokens, sentences, paragraphs and the document's parts (title,
        // dateline, lead, body, quotations, web boilerplate), made once per document.
        .target(name: "Text"),
        .target(name: "Geocoding", dependencies: ["Gazetteer", "Spatial", "Text", "Parallel"]),
        .target(
            name: "Incidents",
            dependencies: ["Geocoding", "Gazetteer", "Documents", "Text"]
        ),
        // The incident store behind one interface: SQLite (GRDB) and PostGIS (libpq), cross-report de-duplication.
        .target(
            name: "Store",
            dependencies: ["Incidents", "Documents", "Gazetteer", "Spatial", "PostgresClient", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The user's own sites and routes: reading them, nearest site (geodesic), distance along and to a route
        // (local azimuthal-equidistant projection per piece, GEOS), per-site tallies.
        .target(name: "Sites", dependencies: ["Spatial", "GeoJSON", "Tabular", "Parallel"]),
        .target(name: "Analysis", dependencies: ["Spatial", "GeoJSON", "Gazetteer", "Incidents", "Sites"]),
        // The `sahel map` page and SVG: content model, scales, HTML and SVG builders (no CLI code).
        .target(name: "MapRendering", dependencies: ["Spatial", "GeoJSON"]),
        .executableTarget(
            name: "sahel",
            dependencies: [
                "Spatial",
                "GeoJSON",
                "Tabular",
                "Analysis",
                "FileOutput",
                "Gazetteer",
                "Geocoding",
                "Incidents",
                "Store",
                "Text",
                "Documents",
                "Parallel",
                "MapRendering",
                "Sites",
                "TerminalProgress",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets only (seeded random numbers).
        .target(name: "TestSupport", path: "Sources/TestSupport"),
        // The default gazetteer with OCHA's settlements, made once per test run for the tests that need them.
        .target(name: "GazetteerTestSupport", dependencies: ["Gazetteer", "TestSupport"], path: "Sources/GazetteerTestSupport"),
        // The PostgreSQL server of the PostGIS tests (Scripts/with-postgis.sh), and fresh databases on it.
        .target(name: "PostGISTestSupport", dependencies: ["PostgresClient"], path: "Sources/PostGISTestSupport"),
        .testTarget(name: "SpatialTests", dependencies: ["Spatial", "TestSupport"]),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON", "TestSupport"]),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .testTarget(name: "FileOutputTests", dependencies: ["FileOutput"]),
        .testTarget(name: "TerminalProgressTests", dependencies: ["TerminalProgress"]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular"]),
        .testTarget(
            name: "GazetteerTests",
            dependencies: ["Gazetteer", "Spatial", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PagesTests", dependencies: ["Pages", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        .testTarget(name: "TextTests", dependencies: ["Text", "TestSupport"]),
        .testTarget(name: "GeocodingTests", dependencies: ["Geocoding", "Text", "Gazetteer", "Spatial", "TestSupport", "GazetteerTestSupport"]),
        .testTarget(name: "IncidentsTests", dependencies: ["Incidents", "Text", "Geocoding", "Gazetteer", "TestSupport", "GazetteerTestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Incidents", "PostgresClient", "PostGISTestSupport", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Spatial", "GeoJSON", "Gazetteer", "Incidents", "TestSupport"]),
        .testTarget(name: "MapRenderingTests", dependencies: ["MapRendering", "GeoJSON", "Spatial", "TestSupport"]),
        .testTarget(name: "SitesTests", dependencies: ["Sites", "Spatial", "TestSupport"]),
        .testTarget(name: "SahelCLITests", dependencies: ["GeoJSON", "Spatial", "Incidents", "Store", "Tabular", "TestSupport", "Gazetteer", "PostGISTestSupport", "PostgresClient"]),
    ],
    swiftLanguageModes: [.v6]
)
