using Froth.Safety;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Froth.Cli.Hosting;

/// <summary>
/// A render hook on every console the CLI writes to: each text segment of what is rendered (table cells, lines,
/// warnings) has its control and bidirectional characters written as visible escapes (<see cref="ControlCharacters"/>),
/// so a name from data cannot retitle or clear a terminal or reorder a line. Spectre's own control codes (colours,
/// cursor moves of a progress bar) are separate segments and pass unchanged.
/// </summary>
internal sealed class ControlCharacterHook : IRenderHook
{
    /// <inheritdoc />
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Neutralised(r));

    private sealed class Neutralised(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak || s.IsWhiteSpace
                ? s
                : new Segment(ControlCharacters.Neutralise(s.Text, keepLineBreaks: true), s.Style));
    }
}
