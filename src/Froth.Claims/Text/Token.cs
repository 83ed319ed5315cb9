namespace Froth.Claims.Text;

/// <summary>One token of an article, with its character offsets.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The characters as written.</param>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Value">A number's value (thousands separators removed), else 0.</param>
/// <param name="Decimals">Digits after a number's decimal point (its stated precision), else 0.</param>
/// <param name="Percent">True when a percent sign (or the word "percent") follows the number.</param>
/// <param name="Currency">ISO code of a currency sign before the number ("$" is USD), or <see langword="null"/>.</param>
public sealed record Token(TokenKind Kind, string Text, int Start, int End, double Value = 0, int Decimals = 0, bool Percent = false, string? Currency = null)
{
    /// <summary>The text in lower case, with curly apostrophes straightened.</summary>
    public string Lower { get; } = Text.ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>True for a word that starts with an upper-case letter.</summary>
    public bool Capitalised => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True for a plain integer that can be a calendar year (1900–2100, no separators).</summary>
    public bool IsYear => Kind == TokenKind.Number && !Percent && Currency is null && Decimals == 0 && Text.Length == 4 && Value is >= 1900 and <= 2100;
}
