using Froth.Data.Baskets;
using Froth.Data.Cache;

namespace Froth.Reports.Building;

/// <summary>What <see cref="ReportBuilder.Build"/> is asked for.</summary>
public sealed record ReportRequest
{
    /// <summary>The basket (a file or a preset).</summary>
    public required BasketSource Basket { get; init; }

    /// <summary>The date asked for, or <see langword="null"/> for the latest date the main series share (<see cref="ReportBuilder"/>).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Years of history of the basket index the bubble tests and charts read. Default 5 (the tests need about four).</summary>
    public int HistoryYears { get; init; } = 5;

    /// <summary>How the bubble tests are run.</summary>
    public BubbleSettings Bubble { get; init; } = BubbleSettings.Default;

    /// <summary>The disk cache of the bubble tests, or <see langword="null"/> to compute everything.</summary>
    public FileCache? Cache { get; init; }

    /// <summary>The previous report of the same basket, to say what changed; <see langword="null"/> when there is none.</summary>
    public PreviousReport? Previous { get; init; }

    /// <summary>
    /// A folder to look for the previous report in when <see cref="Previous"/> is not given: the JSON report of the same
    /// basket there with the latest as-of date before this one's (<see cref="PreviousReport.FindLatest"/>).
    /// </summary>
    public string? PreviousFolder { get; init; }

    /// <summary>Receives progress of the slow steps.</summary>
    public IProgress<BubbleProgress>? Progress { get; init; }
}
