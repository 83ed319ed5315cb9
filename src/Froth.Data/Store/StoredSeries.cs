namespace Froth.Data.Store;

/// <summary>A row of the <c>series</c> table as the importer needs it.</summary>
/// <param name="Id">series_id.</param>
/// <param name="Kind"><see cref="BarsKind"/> or <see cref="ScalarsKind"/>.</param>
/// <param name="Adjustment">Stored text of the price adjustment.</param>
internal sealed record StoredSeries(int Id, string Kind, string Adjustment)
{
    /// <summary>Kind of a bar series.</summary>
    public const string BarsKind = "bars";

    /// <summary>Kind of a scalar series.</summary>
    public const string ScalarsKind = "scalars";
}
