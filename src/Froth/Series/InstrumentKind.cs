namespace Froth.Series;

/// <summary>What an <see cref="Instrument"/> is.</summary>
public enum InstrumentKind
{
    /// <summary>A market index (Hang Seng Tech, Nasdaq 100); daily bars.</summary>
    Index,

    /// <summary>A single listed share; daily bars.</summary>
    Stock,

    /// <summary>An exchange-traded fund; daily bars.</summary>
    Etf,

    /// <summary>A currency pair quoted as units of the quote currency per unit of the base; daily bars.</summary>
    Fx,

    /// <summary>A valuation series of another instrument (P/E, equity risk premium); scalar points.</summary>
    Valuation,

    /// <summary>A macroeconomic series (CPI inflation, nominal GDP); scalar points.</summary>
    Macro,
}
