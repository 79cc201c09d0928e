/// Rule ids that one stage raises and another reads. Each rule's title, severity and fix are in
/// `Data/rules.yaml` (`RuleCatalogue`); these constants only name the ids a second place needs.
public enum RuleID {
    /// Load realigned a row shifted one column left or right (Layout A, the project-table reader).
    public static let rowShiftedLeft = "row.shifted-left"
    public static let rowShiftedRight = "row.shifted-right"
    /// Every rule that marks a realigned row (compare's misplaced-row check reads them).
    public static let shiftedRow: Set<String> = [rowShiftedLeft, rowShiftedRight]
}
