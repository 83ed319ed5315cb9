namespace Froth.Data.Sources.Online;

/// <summary>Progress of a fetch of several symbols: <paramref name="Done"/> of <paramref name="Total"/> finished, <paramref name="Symbol"/> the one now being fetched (or just finished).</summary>
/// <param name="Done">Symbols finished (fetched or failed).</param>
/// <param name="Total">Symbols in the command.</param>
/// <param name="Symbol">Canonical symbol being fetched, or the last one finished when <paramref name="Done"/> equals <paramref name="Total"/>.</param>
public sealed record FetchProgress(int Done, int Total, string Symbol);
