namespace Froth.Data.Sources;

/// <summary>
/// One way a source document can be laid out (a Yahoo history CSV, a Sina index CSV, a Yahoo chart JSON
/// response…) and how to read it. Layouts are stateless and listed in <see cref="SourceLayouts"/>.
/// </summary>
public interface ISourceLayout
{
    /// <summary>Stable short name used in provenance and by <c>--layout</c> (<c>yahoo-history</c>).</summary>
    string Name { get; }

    /// <summary>One line saying what documents have this layout.</summary>
    string Description { get; }

    /// <summary>True when the document's file name and first lines look like this layout.</summary>
    bool Matches(SourceSniff sniff);

    /// <summary>Reads the whole document.</summary>
    /// <exception cref="DataFormatException">The document cannot be read; nothing of it may be stored.</exception>
    ImportBatch Read(SourceInput input);
}
