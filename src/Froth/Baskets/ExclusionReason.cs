namespace Froth.Baskets;

/// <summary>Why a constituent was left out of a basket's index.</summary>
public enum ExclusionReason
{
    /// <summary>There is no data for it at all.</summary>
    NoData,

    /// <summary>Its first bar is after the period's end.</summary>
    ListedAfterPeriod,

    /// <summary>Its last bar is before the period's base session: it would only be a held price.</summary>
    EndedBeforePeriod,
}
