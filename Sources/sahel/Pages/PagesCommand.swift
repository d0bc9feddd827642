import ArgumentParser

struct PagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Read saved web pages and RSS/Atom feeds as documents: the article's text and its metadata.",
        subcommands: [PagesText.self],
        defaultSubcommand: PagesText.self
    )
}
