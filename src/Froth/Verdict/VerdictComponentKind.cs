namespace Froth.Verdict;

/// <summary>The components of the bubble-risk scorecard (<see cref="Scorecard"/>), in the order it shows them.</summary>
public enum VerdictComponentKind
{
    /// <summary>How far the price has run: the one-year return.</summary>
    Momentum,

    /// <summary>How stretched the valuation is against its own history: the P/E percentile.</summary>
    Valuation,

    /// <summary>Explosiveness by the PSY test: the latest BSADF against its critical values.</summary>
    Explosiveness,

    /// <summary>A faster-than-exponential run-up by the LPPLS model: the confidence indicator.</summary>
    LpplsConfidence,

    /// <summary>Prices against the economy: the one-year return minus nominal GDP growth.</summary>
    MacroDivergence,

    /// <summary>Trading frenzy: recent turnover against its own year-long average.</summary>
    Speculation,
}
