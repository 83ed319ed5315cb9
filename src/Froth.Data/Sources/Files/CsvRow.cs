namespace Froth.Data.Sources.Files;

/// <summary>One data line of a <see cref="CsvTable"/>.</summary>
/// <param name="Line">1-based line number in the document.</param>
/// <param name="Fields">The fields, unquoted, not trimmed.</param>
/// <param name="Raw">The line as written (without its line break).</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string Raw);
