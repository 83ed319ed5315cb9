namespace Froth.Data.Store;

/// <summary>A progress report of an import: <paramref name="Done"/> of <paramref name="Total"/> steps of a stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Steps finished in this stage (documents read or staged, merge steps done).</param>
/// <param name="Total">Steps in this stage.</param>
/// <param name="Item">What the last finished step was about: a document's location or a merge step's name.</param>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total, string? Item);
