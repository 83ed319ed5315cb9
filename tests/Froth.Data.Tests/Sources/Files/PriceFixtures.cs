namespace Froth.Data.Tests.Sources.Files;

/// <summary>Named pathological price files, small enough to read at a glance (Yahoo download layout).</summary>
internal static class PriceFixtures
{
    public const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    /// <summary>No bytes at all.</summary>
    public const string Empty = "";

    /// <summary>A header and nothing else.</summary>
    public const string HeaderOnly = Header + "\n";

    /// <summary>One data row.</summary>
    public const string OneRow = Header + "\n2024-01-02,10,11,9,10.5,10.5,1000\n";

    /// <summary>2024-01-03 twice: a snapshot taken during the session (volume 400) and the full day (volume 1200).</summary>
    public const string Duplicated = Header + "\n"
        + "2024-01-02,10,11,9,10.5,10.5,1000\n"
        + "2024-01-03,10.5,11.5,10,11,11,400\n"
        + "2024-01-03,10.5,11.5,10,11,11,1200\n"
        + "2024-01-04,11,12,10.5,11.5,11.5,900\n";

    /// <summary>Nothing between Friday 2024-01-05 and Monday 2024-01-22: 10 weekdays missing.</summary>
    public const string Gapped = Header + "\n"
        + "2024-01-05,10,11,9,10.5,10.5,1000\n"
        + "2024-01-22,10.5,11.5,10,11,11,1100\n";

    /// <summary>NaN and null in every possible place: a whole row, one price, a volume, an Adj Close.</summary>
    public const string NaNLaden = Header + "\n"
        + "2024-01-02,10,11,9,10.5,10.5,1000\n"
        + "2024-01-03,NaN,NaN,NaN,NaN,NaN,NaN\n"
        + "2024-01-04,null,11,9,10.5,10.5,1000\n"
        + "2024-01-05,10,11,9,10.5,10.5,NaN\n"
        + "2024-01-08,10,11,9,10.5,NaN,1000\n"
        + "2024-01-09,10,11,9,10.5,10.5,lots\n";
}
