namespace Froth.Analysis.Subjects;

/// <summary>What a name the user gave stands for.</summary>
public enum SubjectKind
{
    /// <summary>A stored instrument (an index, a stock, an ETF, a currency pair).</summary>
    Instrument,

    /// <summary>A basket: a preset or a basket file.</summary>
    Basket,
}
