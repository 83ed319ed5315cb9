namespace Froth.Analysis.Lookup;

/// <summary>What a name turned out to be.</summary>
public enum LookupStatus
{
    /// <summary>One stored instrument.</summary>
    Found,

    /// <summary>An alias several stored instruments share; the candidates are listed.</summary>
    Ambiguous,

    /// <summary>Nothing Froth knows; the closest stored names are suggested.</summary>
    Unknown,

    /// <summary>An instrument Froth's catalogue knows but the store holds no data for.</summary>
    NotStored,
}
