using Froth.Series;

namespace Froth.Analysis.Subjects;

/// <summary>The notes about a series that every output gives in the same words.</summary>
public static class Notes
{
    /// <summary>What the price adjustment of the series read means for the figures; <see langword="null"/> when nothing needs saying (unadjusted prices, a basket's index).</summary>
    public static string? Adjustment(SubjectInfo subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Kind == SubjectKind.Basket)
        {
            return null;
        }

        var symbol = subject.Key;
        return subject.Source.Adjustment switch
        {
            PriceAdjustment.SplitAndDividend => $"{symbol}: prices are split- and dividend-adjusted, so returns include dividends and earlier closes are below the traded ones.",
            PriceAdjustment.Forward => $"{symbol}: prices are forward-adjusted (qfq) for corporate actions, so returns include them and earlier closes differ from the traded ones.",
            PriceAdjustment.Unknown => $"{symbol}: the source does not say whether prices are adjusted.",
            _ => null,
        };
    }
}
