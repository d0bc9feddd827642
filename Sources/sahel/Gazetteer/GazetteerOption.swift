import ArgumentParser
import Gazetteer

/// `--gazetteer PATH`, shared by every command that reads the gazetteer.
struct GazetteerOption: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: "The gazetteer database (default: $SAHEL_GAZETTEER, else Gazetteer/build/sahel.sqlite).")
    var path: String?

    func open() throws -> GazetteerStore { try GazetteerLocation.open(path) }
}
