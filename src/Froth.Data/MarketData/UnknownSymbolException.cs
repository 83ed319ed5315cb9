namespace Froth.Data.MarketData;

/// <summary>A symbol or alias that matches no stored instrument; the message suggests the closest ones.</summary>
public sealed class UnknownSymbolException : FrothException
{
    /// <summary>Creates the exception for <paramref name="symbol"/> with the closest known symbols.</summary>
    public UnknownSymbolException(string symbol, IReadOnlyList<string> suggestions)
        : base(suggestions.Count == 0
            ? $"Unknown symbol '{symbol}': the store holds no instrument with that symbol or alias. Run 'froth list' to see what it holds, or 'froth import' to add data."
            : $"Unknown symbol '{symbol}'; did you mean {string.Join(", ", suggestions)}? Run 'froth list' to see every instrument.")
    {
        Symbol = symbol;
        Suggestions = suggestions;
    }

    /// <summary>The symbol that was asked for.</summary>
    public string Symbol { get; }

    /// <summary>Closest known symbols and aliases, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }
}
