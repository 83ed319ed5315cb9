using System.Globalization;

namespace Froth.Series;

/// <summary>Down-samples a dated series to one observation per period: the last observation of each period.</summary>
/// <remarks>
/// Weeks are ISO-8601 weeks (Monday to Sunday, numbered within the ISO week-year), months and quarters are
/// calendar ones. The last observation of a period is its close: for prices, the weekly or monthly close. A
/// period with no observation is simply absent (no value is invented).
/// </remarks>
public static class PeriodSampling
{
    /// <summary>
    /// The indices of the last observation of each period, ascending. <paramref name="dates"/> must be strictly
    /// ascending; <see cref="Frequency.Daily"/> keeps every index.
    /// </summary>
    /// <exception cref="ArgumentException">The dates are not strictly ascending.</exception>
    public static IReadOnlyList<int> LastOfEachPeriod(IReadOnlyList<DateOnly> dates, Frequency frequency)
    {
        ArgumentNullException.ThrowIfNull(dates);
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                throw new ArgumentException($"Dates must be strictly ascending; {dates[i]:yyyy-MM-dd} follows {dates[i - 1]:yyyy-MM-dd} at index {i}.", nameof(dates));
            }
        }

        var last = new List<int>();
        for (var i = 0; i < dates.Count; i++)
        {
            if (i == dates.Count - 1 || Period(dates[i], frequency) != Period(dates[i + 1], frequency))
            {
                last.Add(i);
            }
        }

        return last;
    }

    private static (int Year, int Number) Period(DateOnly date, Frequency frequency) => frequency switch
    {
        Frequency.Daily => (date.DayNumber, 0),
        Frequency.Weekly => (ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))),
        Frequency.Monthly => (date.Year, date.Month),
        Frequency.Quarterly => (date.Year, ((date.Month - 1) / 3) + 1),
        Frequency.Annual => (date.Year, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown frequency."),
    };
}
