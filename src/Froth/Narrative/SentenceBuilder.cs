using System.Runtime.CompilerServices;
using System.Text;

namespace Froth.Narrative;

/// <summary>
/// The interpolated-string handler behind <see cref="Sentences.Write"/>: it accepts literal text without digits,
/// <see cref="Fact"/>s (with an optional form: <c>{fact:abs}</c>), <see cref="Word"/>s and clauses that are themselves
/// sentences built this way, and nothing else. A hole
/// holding a <c>double</c>, an <c>int</c> or a <c>string</c> does not compile, and a literal with a digit throws, so
/// a sentence cannot carry a number that is not a fact.
/// </summary>
[InterpolatedStringHandler]
public ref struct SentenceBuilder
{
    private readonly StringBuilder _text;
    private readonly List<SentenceSpan> _spans;
    private readonly List<Fact> _facts;

    /// <summary>Called by the compiler.</summary>
    public SentenceBuilder(int literalLength, int formattedCount)
    {
        _text = new StringBuilder(literalLength + (formattedCount * 12));
        _spans = new List<SentenceSpan>(formattedCount);
        _facts = new List<Fact>(formattedCount);
    }

    /// <summary>Appends template text.</summary>
    /// <exception cref="ArgumentException">The text holds a digit.</exception>
    public readonly void AppendLiteral(string value)
    {
        Sentences.RequireNoDigit(value, "Template text");
        _text.Append(value);
    }

    /// <summary>Appends a fact in its default form.</summary>
    public readonly void AppendFormatted(Fact value) => AppendFormatted(value, null);

    /// <summary>Appends a fact in the form named by <paramref name="format"/> (<see cref="FactStyle.ParseForm"/>).</summary>
    public readonly void AppendFormatted(Fact value, string? format)
    {
        ArgumentNullException.ThrowIfNull(value);
        var form = FactStyle.ParseForm(format);
        var written = FactStyle.Render(value, form);
        _spans.Add(new SentenceSpan(_text.Length, written.Length, value.Id, form));
        if (!_facts.Exists(f => f.Id == value.Id))
        {
            _facts.Add(value);
        }

        _text.Append(written);
    }

    /// <summary>Appends a clause written earlier with <see cref="Sentences.Write"/>, keeping its facts and where they are.</summary>
    public readonly void AppendFormatted(Sentence value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var offset = _text.Length;
        _text.Append(value.Text);
        foreach (var span in value.Spans)
        {
            _spans.Add(span with { Start = span.Start + offset });
        }

        foreach (var fact in value.Facts)
        {
            if (!_facts.Exists(f => f.Id == fact.Id))
            {
                _facts.Add(fact);
            }
        }
    }

    /// <summary>Appends a word chosen by the template.</summary>
    public readonly void AppendFormatted(Word value) => _text.Append(value.Text);

    /// <summary>The finished sentence.</summary>
    internal readonly Sentence Build() => new(_text.ToString(), [.. _spans], [.. _facts]);
}
