namespace Froth.Claims.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A word (letters, digits, and inner hyphens, ampersands or dots: "five-month", "S&amp;P", "JD.com").</summary>
    Word,

    /// <summary>A number, with its percent sign or currency when written beside it.</summary>
    Number,

    /// <summary>The possessive "'s".</summary>
    Possessive,

    /// <summary>Any other character that is not white space.</summary>
    Punctuation,
}
