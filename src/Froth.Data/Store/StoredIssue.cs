using Froth.Data.Sources;

namespace Froth.Data.Store;

/// <summary>A data issue as stored, with the import that raised it.</summary>
/// <param name="ImportId">The import record of the document that raised it.</param>
/// <param name="Layout">The layout that read the document.</param>
/// <param name="Issue">The issue: rule, severity, file, line, column, value, message, action, symbol, date.</param>
public sealed record StoredIssue(int ImportId, string Layout, DataIssue Issue);
