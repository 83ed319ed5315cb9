namespace Froth.Data.Sources.Files;

/// <summary>
/// Rule identifiers of the issues the price-file layouts report while reading (<see cref="DataIssue.Rule"/>).
/// The data quality rules that run after reading have theirs in <see cref="Quality.QualityRuleIds"/>.
/// </summary>
public static class PriceIssueRules
{
    /// <summary>A row whose prices are all missing (Yahoo's <c>null</c> holiday rows): left out, severity info.</summary>
    public const string EmptyRow = "empty-row";

    /// <summary>A row with some but not all of open, high, low and close: left out, severity warning.</summary>
    public const string MissingPrice = "missing-price";

    /// <summary>A volume that is not a non-negative number: the bar is kept without volume, severity warning.</summary>
    public const string BadVolume = "bad-volume";

    /// <summary>
    /// An Adj Close that is not a finite number (the adjusted series leaves the date out) or a Close that is not
    /// positive, so Adj Close ÷ Close cannot scale the bar (left out of the adjusted series); severity warning.
    /// </summary>
    public const string BadAdjClose = "bad-adj-close";

    /// <summary>A row with a Close but no Adj Close in a file whose adjusted series is kept: left out of that series.</summary>
    public const string MissingAdjClose = "missing-adj-close";

    /// <summary>
    /// A run of volume 0 for an index or currency pair, read as "no volume" (<see langword="null"/>): one issue
    /// per run, severity info.
    /// </summary>
    public const string NoVolume = "no-volume";

    /// <summary>Rows that were neither oldest first nor newest first and were sorted: severity info.</summary>
    public const string UnsortedRows = "unsorted-rows";
}
