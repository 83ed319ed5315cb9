namespace Froth.Narrative;

/// <summary>
/// How newsworthy a fact is, on a 0–100 scale: the rules that rank headline candidates (<see cref="Headline"/>).
/// Each is a plain formula of the fact, written out so that the ranking can be checked by hand (docs/report.md).
/// </summary>
/// <remarks>
/// The scales were set so that what a news desk leads with ranks first: an all-time high or a record streak
/// outranks a 1% move; a move of 5% or more outranks a three-week streak; a verdict or an explosive episode is
/// always worth a sentence. They rank sentences, nothing else: no score of the verdict depends on them.
/// </remarks>
public static class Salience
{
    /// <summary>A session's move: <c>30 + 10·min(|r| / 1%, 5)</c>: 0.9% → 39, 3% → 60, 5% or more → 80.</summary>
    public static double Move(double dayReturn) => 30 + (10 * Math.Min(Math.Abs(dayReturn) / 0.01, 5));

    /// <summary>
    /// A record close: 85 at an all-time high; else "highest since" a date <c>y</c> years earlier scores
    /// <c>20 + 15·min(y, 4)</c> (one year → 35, four or more → 80), and 0 when the date is less than three months back.
    /// </summary>
    public static double Record(DateOnly asOf, DateOnly? highestSince, bool allTimeHigh)
    {
        if (allTimeHigh)
        {
            return 85;
        }

        if (highestSince is not { } since)
        {
            return 0;
        }

        var years = (asOf.DayNumber - since.DayNumber) / 365.25;
        return years < 0.25 ? 0 : 20 + (15 * Math.Min(years, 4));
    }

    /// <summary>
    /// A streak of <c>n</c> periods: 0 below three; else <c>20 + 8·min(n, 10)</c> (three → 44, eight → 84), plus 10 when
    /// it is the longest in the series' history (capped at 100).
    /// </summary>
    public static double Streak(int current, int longest)
    {
        if (current < 3)
        {
            return 0;
        }

        return Math.Min(100, 20 + (8 * Math.Min(current, 10)) + (current >= longest ? 10 : 0));
    }

    /// <summary>Out- or underperformance by <c>d</c> (a fraction): <c>20 + 1.5·|d in points|</c>, at most 80 (10 points → 35, 25 → 57.5).</summary>
    public static double Relative(double difference) => Math.Min(80, 20 + (1.5 * Math.Abs(difference) * 100));

    /// <summary>A valuation percentile <c>p</c> in [0, 1]: <c>160·|p − 0.5|</c> (the median → 0, the 86th percentile → 57.6, the top → 80).</summary>
    public static double Valuation(double percentile) => 160 * Math.Abs(percentile - 0.5);

    /// <summary>The best performer of a basket, up <c>r</c>: <c>20 + 0.4·|r in %|</c>, at most 70 (+100% → 60).</summary>
    public static double Leader(double r) => Math.Min(70, 20 + (0.4 * Math.Abs(r) * 100));

    /// <summary>Breadth, the share <c>s</c> of constituents up: <c>120·|s − 0.5|</c> (nine in ten up → 48).</summary>
    public static double Breadth(double upShare) => 120 * Math.Abs(upShare - 0.5);

    /// <summary>
    /// Bubble diagnostics: 75 while an explosive PSY episode is under way; 55 when one ended within the last 60
    /// observations; otherwise <c>50 + 100·c</c> for an LPPLS confidence <c>c</c> of at least 10%, and 20 below.
    /// </summary>
    public static double Bubble(bool explosiveOngoing, bool explosiveRecent, double? lpplsConfidence)
    {
        if (explosiveOngoing)
        {
            return 75;
        }

        if (explosiveRecent)
        {
            return 55;
        }

        return lpplsConfidence is { } c && c >= 0.1 ? 50 + (100 * c) : 20;
    }
}
