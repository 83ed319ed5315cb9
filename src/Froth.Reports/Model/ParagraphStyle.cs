namespace Froth.Reports.Model;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>A caveat or data note, in smaller type.</summary>
    Note,

    /// <summary>A conclusion set apart (the verdict).</summary>
    Callout,
}
