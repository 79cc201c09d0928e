/// Every rule id, named once for the code that raises or reads a rule. Each rule's title,
/// severity, explanation and fix are in `Data/rules.yaml` (`RuleCatalogue`); a test keeps this
/// list and the file the same.
public enum RuleID {
    // 读取（load）
    public static let rowShiftedLeft = "row.shifted-left"
    public static let rowShiftedRight = "row.shifted-right"
    public static let totalRepeatDiffers = "total.repeat-differs"
    public static let budgetMissing = "budget.missing"
    public static let projectNameMissing = "project.name-missing"
    public static let amountNegative = "amount.negative"
    public static let amountNotDecimal = "amount.not-decimal"
    public static let amountImplausible = "amount.implausible"
    public static let moneyUnitSuspect = "money.unit-suspect"
    public static let fileDuplicate = "file.duplicate"
    public static let formulaComputed = "cell.formula-computed"
    public static let formulaUncomputed = "cell.formula-uncomputed"
    public static let rowsOtherPart = "rows.other-part"
    public static let projectResubmitted = "project.resubmitted"
    public static let projectRepeated = "project.repeated"
    public static let projectSummary = "project.summary"
    public static let budgetFromAllocation = "budget.from-allocation"
    public static let budgetSumOfParts = "budget.sum-of-parts"
    public static let budgetAdjusted = "budget.adjusted"
    public static let budgetFromFunds = "budget.from-funds"
    public static let moneySignDiffers = "money.sign-differs"
    public static let moneyUnitsDiffer = "money.units-differ"
    public static let allocationDiffers = "allocation.differs"
    public static let formInstructions = "form.instructions"
    public static let cellSplitGuess = "cell.split-guess"
    public static let valuePerPlace = "value.per-place"
    public static let labelMissing = "label.missing"
    public static let scoringRow = "row.scoring-rule"
    public static let countyCityLevel = "county.city-level"
    public static let countyProvinceLevel = "county.province-level"
    public static let countyAmbiguous = "county.ambiguous"
    public static let countyUnknown = "county.unknown"
    public static let countyMixed = "county.mixed"
    public static let countySplit = "county.split"
    public static let indicatorsMissing = "indicators.missing"
    public static let valueMissing = "value.missing"
    public static let valueMaybeCut = "value.maybe-cut"
    public static let moneyUnitMissing = "money.unit-missing"

    // 清理（normalize）
    public static let weightNotANumber = "weight.not-a-number"
    public static let valueDateSerial = "value.date-serial"

    // 归类（classify）
    public static let categoryNone = "category.none"
    public static let labelUnknown = "label.unknown"
    public static let labelLevel2Mismatch = "label.level2-mismatch"
    public static let labelLevel2Missing = "label.level2-missing"
    public static let directionContradicts = "direction.contradicts"

    // 汇总（aggregate）
    public static let totalMismatch = "total.mismatch"
    public static let totalFundsMismatch = "total.funds-mismatch"

    // 审核（compare）
    public static let dimensionMissing = "dimension.missing"
    public static let outputQualitativeOnly = "output.qualitative-only"
    public static let weightsTotal = "weights.total"
    public static let weightsSplit = "weights.split"
    public static let satisfactionBelowFloor = "satisfaction.below-floor"
    public static let satisfactionNotNumeric = "satisfaction.not-numeric"
    public static let valueRateOver100 = "value.rate-over-100"
    public static let nameSentence = "name.sentence"
    public static let costContradictsBudget = "cost.contradicts-budget"
    public static let indicatorDuplicate = "indicator.duplicate"
    public static let templateExpectedMissing = "template.expected-missing"
    public static let templateTargetLow = "template.target-low"
    public static let rowMisplaced = "row.misplaced"

    /// Every rule that marks a realigned row (compare's misplaced-row check reads them).
    public static let shiftedRow: Set<String> = [rowShiftedLeft, rowShiftedRight]

    /// Every id above.
    public static let all: [String] = [
        rowShiftedLeft, rowShiftedRight, totalRepeatDiffers, budgetMissing, projectNameMissing,
        amountNegative, amountNotDecimal, amountImplausible, moneyUnitSuspect,
        fileDuplicate, formulaComputed, formulaUncomputed, rowsOtherPart, projectResubmitted, projectRepeated, projectSummary, budgetFromAllocation, budgetSumOfParts, budgetAdjusted, budgetFromFunds, moneySignDiffers, moneyUnitsDiffer, formInstructions, allocationDiffers,
        cellSplitGuess, valuePerPlace, labelMissing, scoringRow, countyCityLevel,
        countyProvinceLevel, countyAmbiguous, countyUnknown, countyMixed, countySplit, indicatorsMissing, valueMissing, valueMaybeCut,
        moneyUnitMissing, weightNotANumber, valueDateSerial, categoryNone, labelUnknown,
        labelLevel2Mismatch, labelLevel2Missing, directionContradicts, totalMismatch,
        totalFundsMismatch, dimensionMissing, outputQualitativeOnly, weightsTotal,
        weightsSplit, satisfactionBelowFloor, satisfactionNotNumeric, valueRateOver100, nameSentence,
        costContradictsBudget, indicatorDuplicate, templateExpectedMissing, templateTargetLow,
        rowMisplaced,
    ]
}
