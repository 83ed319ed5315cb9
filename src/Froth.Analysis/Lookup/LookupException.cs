namespace Froth.Analysis.Lookup;

/// <summary>A name that does not name one stored instrument, where the caller needed one; carries the lookup's outcome (suggestions, candidates).</summary>
public sealed class LookupException : FrothException
{
    /// <summary>Creates the exception for a lookup that did not find one instrument.</summary>
    public LookupException(LookupResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).Message)
    {
        Result = result;
    }

    /// <summary>The lookup's outcome.</summary>
    public LookupResult Result { get; }
}
