namespace Froth.Narrative;

/// <summary>
/// Text a template chooses at run time that is not a fact: a verb ("rose", "fell"), a period name ("this week").
/// It may not hold a digit, so no number can reach a sentence except through a <see cref="Fact"/>.
/// </summary>
public readonly record struct Word
{
    /// <summary>Wraps <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The text holds a digit.</exception>
    public Word(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Sentences.RequireNoDigit(text, "A word");
        Text = text;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text ?? "";
}
