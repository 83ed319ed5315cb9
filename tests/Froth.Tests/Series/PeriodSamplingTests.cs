using Froth.Series;

namespace Froth.Tests.Series;

public sealed class PeriodSamplingTests
{
    private static readonly DateOnly[] Dates =
    [
        new(2024, 12, 27), // Fri, ISO 2024-W52
        new(2024, 12, 30), // Mon, ISO 2025-W01 (ISO week-year 2025 starts on Monday 2024-12-30)
        new(2024, 12, 31), // Tue, 2025-W01, last of December
        new(2025, 1, 3),   // Fri, 2025-W01
        new(2025, 1, 6),   // Mon, 2025-W02
        new(2025, 1, 31),  // Fri, 2025-W05, last of January
        new(2025, 2, 3),   // Mon, 2025-W06
    ];

    [Fact]
    public void Should_keep_the_last_observation_of_each_ISO_week()
    {
        // By hand: W52 → 0; W01 (30 Dec, 31 Dec, 3 Jan) → 3; W02 → 4; W05 → 5; W06 → 6
        PeriodSampling.LastOfEachPeriod(Dates, Frequency.Weekly).ShouldBe([0, 3, 4, 5, 6]);
    }

    [Fact]
    public void Should_keep_the_last_observation_of_each_calendar_month()
    {
        // December → 31 Dec (2); January → 31 Jan (5); February → 3 Feb (6)
        PeriodSampling.LastOfEachPeriod(Dates, Frequency.Monthly).ShouldBe([2, 5, 6]);
    }

    [Fact]
    public void Should_keep_everything_at_daily_frequency_and_handle_empty_input()
    {
        PeriodSampling.LastOfEachPeriod(Dates, Frequency.Daily).ShouldBe([0, 1, 2, 3, 4, 5, 6]);
        PeriodSampling.LastOfEachPeriod([], Frequency.Monthly).ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_dates_out_of_order()
    {
        Should.Throw<ArgumentException>(() => PeriodSampling.LastOfEachPeriod([new(2025, 1, 2), new(2025, 1, 2)], Frequency.Weekly))
            .Message.ShouldContain("strictly ascending");
    }
}
