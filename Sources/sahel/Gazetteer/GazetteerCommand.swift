import ArgumentParser

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build, extend and query the place gazetteer (SQLite).",
        discussion: """
            The database is found with --gazetteer PATH, else $SAHEL_GAZETTEER, else Gazetteer/build/sahel.sqlite \
            in the working directory or in the package sahel was built in.

            Examples:
              sahel gazetteer build --out Gazetteer/build/sahel.sqlite
              sahel gazetteer import ocha ../shared/data/ocha-mali-settlements-2015.csv
              sahel gazetteer lookup Tombouctou
              sahel gazetteer lookup Boni --country ML --near 15.0,-2.9
              sahel gazetteer where 12.74,-8.07
              sahel gazetteer stats
              sahel gazetteer export --output gazetteer.csv
            """,
        subcommands: [GazetteerBuild.self, GazetteerImport.self, GazetteerLookup.self, GazetteerWhere.self, GazetteerStatsCommand.self,
                      GazetteerExport.self]
    )
}
