namespace Froth.Valuation;

/// <summary>Compares valuation snapshots across instruments, or with a multiple given by the user.</summary>
/// <remarks>
/// The two snapshots should be taken on the same as-of date; their value dates may still differ (a source that
/// stopped updating), which <see cref="PairComparison.ValueDateGapDays"/> reports.
/// </remarks>
public static class ValuationComparison
{
    /// <summary>The subject against another instrument's snapshot.</summary>
    public static PairComparison Between(ValuationSnapshot subject, ValuationSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(other);
        var loss = subject.Options.NonPositiveIsLoss || other.Options.NonPositiveIsLoss;
        double? ratio = other.Value == 0 || (loss && (subject.Value <= 0 || other.Value <= 0)) ? null : subject.Value / other.Value;
        return new PairComparison(
            ratio,
            ratio - 1,
            subject.History.Percentile - other.History.Percentile,
            subject.ValueDate.DayNumber - other.ValueDate.DayNumber);
    }

    /// <summary>The subject against a multiple the user gives (positive and finite).</summary>
    /// <exception cref="FrothException">The multiple is not a positive finite number.</exception>
    public static MultipleComparison WithMultiple(ValuationSnapshot subject, double multiple)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!double.IsFinite(multiple) || multiple <= 0)
        {
            throw new FrothException(
                $"A multiple to compare with must be a positive number such as 30, got {multiple.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        double? ratio = subject.Options.NonPositiveIsLoss && subject.Value <= 0 ? null : subject.Value / multiple;
        return new MultipleComparison(multiple, ratio, ratio - 1, ValuationHistory.PercentileOf(subject, multiple));
    }
}
