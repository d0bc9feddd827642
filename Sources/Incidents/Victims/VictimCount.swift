/// The dead and wounded of one incident, in total and per group, as ACLED counts them: the lowest of
/// conflicting figures, 0 when the text says there were none, nil when it says nothing.
public struct VictimCount: Sendable, Equatable {
    public var killed: Int?
    public var injured: Int?
    public var killedByGroup: [VictimGroup: Int] = [:]
    public var injuredByGroup: [VictimGroup: Int] = [:]
    /// Figures not believed ("150 000 morts") and other things a reader should know.
    public var warnings: [String] = []

    public init() {}

    /// Combines the statements of one incident.
    ///
    /// Per outcome: explicit totals ("12 morts") keep their lowest (conflicting reports) and are the count;
    /// without one, per-group figures ("15 soldats et 3 civils ont été tués") keep each group's lowest and are
    /// added up. A statement of none ("aucune victime") is a total of 0, and so is a toll of wounded that
    /// names no dead ("2 blessés").
    public init(statements: [VictimStatement]) {
        for statement in statements where statement.count > VictimLexicon.implausible {
            warnings.append("\"\(statement.text)\": \(statement.count) victims is beyond reason; not counted")
        }
        let believable = statements.filter { $0.count <= VictimLexicon.implausible }
        (killed, killedByGroup) = Self.combine(believable.filter { $0.outcome == .killed })
        (injured, injuredByGroup) = Self.combine(believable.filter { $0.outcome == .injured })
        // A toll that counts the wounded and no dead says there were none: "Bilan : 2 blessés".
        if killed == nil, let injured, injured > 0 { killed = 0 }
    }

    private static func combine(_ statements: [VictimStatement]) -> (Int?, [VictimGroup: Int]) {
        guard !statements.isEmpty else { return (nil, [:]) }
        // "plusieurs morts" is coded 3 only when no one counted: a figure given elsewhere in the report is the
        // toll ("Des sources font état de plusieurs morts ... huit personnes ont été tuées" is 8).
        let statements = statements.allSatisfy(Self.isVague) ? statements : statements.filter { !Self.isVague($0) }
        var byGroup: [VictimGroup: Int] = [:]
        var totals: [Int] = []
        for statement in statements {
            if let group = statement.group, group != .unspecified {
                byGroup[group] = min(byGroup[group] ?? .max, statement.count)
            } else {
                totals.append(statement.count)
            }
        }
        // A stated total is the count ("Bilan : 5 morts" over "tuant le chauffeur"); groups add up otherwise.
        if let total = totals.min() { return (total, byGroup) }
        return (byGroup.isEmpty ? nil : byGroup.values.reduce(0, +), byGroup)
    }

    /// "plusieurs", "quelques", "several", "a few": no number at all, unlike "une dizaine" or "dozens".
    private static func isVague(_ statement: VictimStatement) -> Bool {
        statement.isApproximate && statement.count == ApproximateQuantities.vagueValue
    }
}

/// One figure the text gives: "15 soldats ... tués", "3 blessés (civils)", "aucune victime".
public struct VictimStatement: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        case killed, injured
    }

    public let outcome: Outcome
    public let count: Int
    /// nil for a total ("12 morts").
    public let group: VictimGroup?
    public let isApproximate: Bool
    /// Scalar offsets of the figure in the text, and its words.
    public let start: Int
    public let end: Int
    public let text: String
}
