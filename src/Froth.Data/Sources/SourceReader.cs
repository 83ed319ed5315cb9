using System.Security.Cryptography;
using System.Text;
using Froth.Data.Quality;

namespace Froth.Data.Sources;

/// <summary>
/// Reads one source document: detects its layout (or uses the one forced), parses it and applies the data
/// quality rules. The result is either a whole <see cref="ImportBatch"/> or a <see cref="DataFormatException"/>.
/// </summary>
public static class SourceReader
{
    private const int SniffLines = 5;

    /// <summary>Reads a file from disk.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="layoutName">Layout to force (<c>--layout</c>), or <see langword="null"/> to detect it.</param>
    /// <param name="quality">Quality rule settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="layouts">Layouts to choose from, or <see langword="null"/> for <see cref="SourceLayouts.All"/>.</param>
    public static ImportBatch ReadFile(string path, string? layoutName = null, QualityOptions? quality = null, IReadOnlyList<ISourceLayout>? layouts = null)
    {
        var full = Path.GetFullPath(path);
        var bytes = Files.SourceFileReader.Read(full);

        return Read(new SourceInput(full, bytes), layoutName, quality, layouts);
    }

    /// <summary>Reads a document already in memory (a file's bytes or an HTTP response body).</summary>
    /// <param name="input">The document.</param>
    /// <param name="layoutName">Layout to force, or <see langword="null"/> to detect it.</param>
    /// <param name="quality">Quality rule settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="layouts">Layouts to choose from, or <see langword="null"/> for <see cref="SourceLayouts.All"/>.</param>
    public static ImportBatch Read(SourceInput input, string? layoutName = null, QualityOptions? quality = null, IReadOnlyList<ISourceLayout>? layouts = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = layouts ?? SourceLayouts.All;
        if (IsBlank(input.Content.Span))
        {
            throw new DataFormatException(input.Location, null, null, null, "a header line (the file is empty)");
        }

        if (Files.Utf8Text.CrOnlyLines(input.Location, input.Content.Span) is { } crOnly)
        {
            throw crOnly;
        }

        var sniff = Sniff(input);
        ISourceLayout layout;
        if (layoutName is not null)
        {
            layout = candidates.FirstOrDefault(l => string.Equals(l.Name, layoutName, StringComparison.OrdinalIgnoreCase))
                ?? throw new FrothException($"Unknown layout '{layoutName}'; expected one of: {string.Join(", ", candidates.Select(l => l.Name))}.");
        }
        else
        {
            layout = candidates.FirstOrDefault(l => l.Matches(sniff))
                ?? throw NoLayout(input, sniff, candidates);
        }

        var batch = layout.Read(input);
        return QualityRules.Apply(batch, quality ?? QualityOptions.Default);
    }

    /// <summary>Lower-case hex SHA-256 of the bytes: the content hash recorded in provenance.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The file name and the first lines, decoded leniently as UTF-8, BOM removed; whether lines end in CR LF.</summary>
    public static SourceSniff Sniff(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var head = input.Content.Span[..Math.Min(input.Content.Length, 8192)];
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
        var split = text.Split('\n');
        var lines = split.Take(SniffLines).Select(l => l.TrimEnd('\r')).ToList();
        return new SourceSniff(input.FileName, lines) { CrLf = split.Length > 1 && split[0].EndsWith('\r') };
    }

    /// <summary>
    /// The error for a document no layout claims: about its encoding when it is not UTF-8 (a GBK file's header
    /// cannot match), else naming its first line and the layouts there are.
    /// </summary>
    private static DataFormatException NoLayout(SourceInput input, SourceSniff sniff, IReadOnlyList<ISourceLayout> candidates)
    {
        if (!Files.Utf8Text.IsValid(input.Content.Span))
        {
            return Files.Utf8Text.Invalid(input.Location, input.Content.Span);
        }

        return new DataFormatException(
            input.Location,
            1,
            null,
            sniff.FirstLines.FirstOrDefault(),
            $"a header of a known layout ({string.Join(", ", candidates.Select(l => l.Name))}); force one with --layout");
    }

    private static bool IsBlank(ReadOnlySpan<byte> content) => Files.Utf8Text.WithoutBom(content).Trim(" \t\r\n"u8).IsEmpty;
}
