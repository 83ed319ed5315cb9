using Froth.Narrative;

namespace Froth.Reports.Model;

/// <summary>A table cell: a fact in a form, a fixed label, or empty.</summary>
/// <param name="Fact">The fact shown, or <see langword="null"/> for a label or an empty cell.</param>
/// <param name="Form">How the fact is written.</param>
/// <param name="Label">A fixed label without digits (a word such as "up"), or <see langword="null"/>.</param>
public sealed record ReportCell(Fact? Fact, FactForm Form, Word? Label)
{
    /// <summary>An empty cell (written as a dash).</summary>
    public static ReportCell Empty { get; } = new(null, FactForm.Default, null);

    /// <summary>What the cell shows.</summary>
    public string Text => Fact is { } f ? FactStyle.Render(f, Form) : Label?.Text ?? "–";

    /// <summary>A cell showing a fact.</summary>
    public static ReportCell Of(Fact fact, FactForm form = FactForm.Default) => new(fact, form, null);

    /// <summary>A cell showing a fact, or empty when there is none.</summary>
    public static ReportCell Of(Fact? fact, FactForm form, bool allowEmpty) => fact is null && allowEmpty ? Empty : Of(fact!, form);

    /// <summary>A cell showing a fixed word.</summary>
    public static ReportCell Word(string text) => new(null, FactForm.Default, new Word(text));
}
