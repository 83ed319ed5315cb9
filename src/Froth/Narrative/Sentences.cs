namespace Froth.Narrative;

/// <summary>Writes sentences from facts: <c>Sentences.Write($"The {name} rose {ret:abs} on {date:weekday}.")</c>.</summary>
public static class Sentences
{
    /// <summary>Builds a sentence from an interpolated string of template text, facts and words.</summary>
    /// <exception cref="ArgumentException">Template text holds a digit, or a fact is written in a form that does not apply to it.</exception>
    public static Sentence Write(ref SentenceBuilder builder) => builder.Build();

    /// <summary>Joins sentences' texts with spaces, as a paragraph.</summary>
    public static string Paragraph(IEnumerable<Sentence> sentences) => string.Join(' ', sentences.Select(s => s.Text));

    internal static void RequireNoDigit(string text, string what)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                throw new ArgumentException($"{what} may not hold a digit (every figure must be a fact); got \"{text}\".", nameof(text));
            }
        }
    }
}
