namespace Froth.Reports.Model;

/// <summary>A table column.</summary>
/// <param name="Header">The heading.</param>
/// <param name="Numeric">True to right-align it.</param>
/// <param name="Identifier">True for symbols and file names (<c>CN:CPI_INFLATION</c>): the HTML page sets them a size
/// smaller and breaks them only after an underscore, never inside a word.</param>
/// <param name="NoWrap">True to keep each cell on one line in the HTML page (short identifiers such as symbols).</param>
public sealed record ReportColumn(string Header, bool Numeric = false, bool Identifier = false, bool NoWrap = false);
