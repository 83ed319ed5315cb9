namespace Froth.Reports.Model;

/// <summary>A table column.</summary>
/// <param name="Header">The heading.</param>
/// <param name="Numeric">True to right-align it.</param>
public sealed record ReportColumn(string Header, bool Numeric = false);
