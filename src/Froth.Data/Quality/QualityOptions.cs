using Froth.Series;
namespace Froth.Data.Quality;

/// <summary>Settings of the data quality rules (<see cref="QualityRules"/>); the defaults are documented in <c>docs/layouts-prices.md</c>.</summary>
public sealed record QualityOptions
{
    /// <summary>The defaults.</summary>
    public static QualityOptions Default { get; } = new();

    /// <summary>
    /// A gap between two consecutive bars longer than this many weekdays (Monday–Friday, holidays not
    /// excluded) is reported. Default 10: longer than any regular exchange holiday (Chinese New Year and
    /// Golden Week close Shanghai for up to 8 weekdays).
    /// </summary>
    public int MaxGapWeekdays { get; init; } = 10;

    /// <summary>A value repeated unchanged over at least this many consecutive observations is reported as stale. Default <see cref="StaleData.RunLength"/> (10), Froth's one stale-data threshold.</summary>
    public int StaleRunLength { get; init; } = StaleData.RunLength;

    /// <summary>
    /// Smallest ratio between the median volumes before and after a point that counts as a volume scale
    /// break. Default 30: daily volume swings of 10× happen on news, while a 30× shift of the 20-session median
    /// in both directions' windows does not happen in normal trading; a unit change gives 100×.
    /// </summary>
    public double VolumeBreakMinFactor { get; init; } = 30;

    /// <summary>Number of sessions on each side of a point whose median volume is compared. Default 20 (about a month).</summary>
    public int VolumeBreakWindow { get; init; } = 20;

    /// <summary>
    /// Fewest sessions with volume a segment between two breaks may have. Default 5: the snapshot's A-share
    /// files end with six rows in another unit, which must be found; shorter runs are too easily real events.
    /// </summary>
    public int VolumeBreakMinSegment { get; init; } = 5;

    /// <summary>
    /// Smallest jump of a valuation multiple, as a fraction of the value before it, that can mark a series break
    /// (<see cref="QualityRuleIds.SeriesBreak"/>). Default 0.10: the Nasdaq-100 P/E moves by less than 10 % on all but a
    /// few days of twenty years, and those are quarter-end earnings updates that never return to the exact value before.
    /// </summary>
    public double SeriesBreakMinJump { get; init; } = 0.10;

    /// <summary>Observations after a jump within which a return to the exact value before it marks a break. Default 5 (a week).</summary>
    public int SeriesBreakReturnWindow { get; init; } = 5;

    /// <summary>
    /// Share of the instruments two consecutive cross-sections both hold whose values must all be equal for the later
    /// day to count as a repeat (<see cref="QualityRuleIds.RepeatedCrossSection"/>). Default 0.9: on an ordinary Hong
    /// Kong day about a third of the stocks (the illiquid ones) keep their market cap; a day that was not updated
    /// keeps more than 99 %.
    /// </summary>
    public double RepeatedCrossSectionShare { get; init; } = 0.9;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="FrothException">A setting is out of range; the message says which and what was expected.</exception>
    public void Validate()
    {
        if (MaxGapWeekdays < 1)
        {
            throw new FrothException($"Quality option MaxGapWeekdays is {MaxGapWeekdays}; expected a whole number of weekdays of at least 1.");
        }

        if (StaleRunLength < 2)
        {
            throw new FrothException($"Quality option StaleRunLength is {StaleRunLength}; expected at least 2 observations.");
        }

        if (!(VolumeBreakMinFactor > 1) || !double.IsFinite(VolumeBreakMinFactor))
        {
            throw new FrothException($"Quality option VolumeBreakMinFactor is {VolumeBreakMinFactor}; expected a finite ratio above 1 (default 30).");
        }

        if (VolumeBreakWindow < 2)
        {
            throw new FrothException($"Quality option VolumeBreakWindow is {VolumeBreakWindow}; expected at least 2 sessions (default 20).");
        }

        if (!(SeriesBreakMinJump > 0) || !double.IsFinite(SeriesBreakMinJump))
        {
            throw new FrothException($"Quality option SeriesBreakMinJump is {SeriesBreakMinJump}; expected a finite fraction above 0 (default 0.10).");
        }

        if (SeriesBreakReturnWindow < 1)
        {
            throw new FrothException($"Quality option SeriesBreakReturnWindow is {SeriesBreakReturnWindow}; expected at least 1 observation (default 5).");
        }

        if (!(RepeatedCrossSectionShare > 0 && RepeatedCrossSectionShare <= 1))
        {
            throw new FrothException($"Quality option RepeatedCrossSectionShare is {RepeatedCrossSectionShare}; expected a fraction above 0 and at most 1 (default 0.9).");
        }

        if (VolumeBreakMinSegment < 1 || VolumeBreakMinSegment > VolumeBreakWindow)
        {
            throw new FrothException($"Quality option VolumeBreakMinSegment is {VolumeBreakMinSegment}; expected 1 to VolumeBreakWindow ({VolumeBreakWindow}) sessions (default 5).");
        }
    }
}
