namespace Froth.Claims;

/// <summary>The verdict on one claim (docs/claims.md).</summary>
public enum ClaimVerdict
{
    /// <summary>The data support the claim under its rule.</summary>
    Supported,

    /// <summary>The data contradict it; the computed value says by how much.</summary>
    Contradicted,

    /// <summary>The data cannot settle it; the reason says why (no subject, no data, a forecast, a forward multiple, no period).</summary>
    Unverifiable,

    /// <summary>The subject's name fits several instruments; the evidence lists them.</summary>
    Ambiguous,
}
