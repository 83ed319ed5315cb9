using Froth.Series;

namespace Froth.Analysis.Lookup;

/// <summary>The outcome of looking a name up: found, ambiguous, unknown (with suggestions) or catalogued but not stored. Never an exception for "not there".</summary>
/// <param name="Query">The name asked for.</param>
/// <param name="Status">What it turned out to be.</param>
/// <param name="Instrument">The instrument when found, or the catalogue's entry when not stored; else <see langword="null"/>.</param>
/// <param name="Candidates">The instruments an ambiguous alias names; empty otherwise.</param>
/// <param name="Suggestions">The closest stored symbols and aliases to an unknown name; empty otherwise.</param>
public sealed record LookupResult(string Query, LookupStatus Status, Instrument? Instrument, IReadOnlyList<Instrument> Candidates, IReadOnlyList<string> Suggestions)
{
    /// <summary>True when one stored instrument was found.</summary>
    public bool IsFound => Status == LookupStatus.Found;

    /// <summary>What went wrong, for a person: "Unknown symbol 'TENCNT'; did you mean TENCENT?"; empty when found.</summary>
    public string Message => Status switch
    {
        LookupStatus.Found => string.Empty,
        LookupStatus.Ambiguous => $"'{Query}' is an alias of several instruments: {string.Join(", ", Candidates.Select(c => c.Symbol))}; use the canonical symbol.",
        LookupStatus.NotStored => $"{Instrument!.Symbol} ({Instrument.Name}) is a known symbol but the store has no data for it; import or fetch it first (froth import, froth fetch).",
        _ => Suggestions.Count == 0
            ? $"Unknown symbol '{Query}': the store holds no instrument with that symbol or alias. Run 'froth list' to see what it holds, or 'froth import' to add data."
            : $"Unknown symbol '{Query}'; did you mean {string.Join(", ", Suggestions)}? Run 'froth list' to see every instrument.",
    };

    /// <summary>The instrument found.</summary>
    /// <exception cref="LookupException">It was not found; the exception carries this result.</exception>
    public Instrument Require() => IsFound ? Instrument! : throw new LookupException(this);
}
