using Froth.Narrative;

namespace Froth.Reports.Model;

/// <summary>A table cell: a fact in a form (optionally followed by a word: "8 up"), a fixed label, or empty.</summary>
/// <param name="Fact">The fact shown, or <see langword="null"/> for a label or an empty cell.</param>
/// <param name="Form">How the fact is written.</param>
/// <param name="Label">A word without digits: the whole cell without a fact, or written after the fact; <see langword="null"/> for none.</param>
public sealed record ReportCell(Fact? Fact, FactForm Form, Word? Label)
{
    /// <summary>An empty cell (written as a dash).</summary>
    public static ReportCell Empty { get; } = new(null, FactForm.Default, null);

    /// <summary>What the cell shows.</summary>
    public string Text => Fact is { } f
        ? FactStyle.Render(f, Form) + (Label is { } l ? " " + l.Text : "")
        : Label?.Text ?? "–";

    /// <summary>A cell showing a fact.</summary>
    public static ReportCell Of(Fact fact, FactForm form = FactForm.Default) => new(fact, form, null);

    /// <summary>A cell showing a fact, or empty when there is none.</summary>
    public static ReportCell Of(Fact? fact, FactForm form, bool allowEmpty) => fact is null && allowEmpty ? Empty : Of(fact!, form);

    /// <summary>A cell showing a fact followed by a word ("8 up").</summary>
    public static ReportCell Of(Fact fact, FactForm form, string then) => new(fact, form, new Word(then));

    /// <summary>A cell showing a fixed word.</summary>
    public static ReportCell Word(string text) => new(null, FactForm.Default, new Word(text));
}
