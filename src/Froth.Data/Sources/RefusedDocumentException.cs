namespace Froth.Data.Sources;

/// <summary>
/// A document whose layout Froth recognises and deliberately does not store (a real-time quote snapshot is one
/// unsettled price, not daily history). Named explicitly, it fails the import like any unreadable file; found
/// inside a folder, it is skipped and listed with <see cref="Reason"/>, so that a folder of mixed documents
/// (the snapshot's <c>wire-samples/</c>) can be imported.
/// </summary>
public sealed class RefusedDocumentException : DataFormatException
{
    /// <summary>Creates the exception; the message is composed as for <see cref="DataFormatException"/>.</summary>
    /// <param name="location">File path or URL.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="value">The line or value that identifies the document.</param>
    /// <param name="expected">What Froth stores instead, as a phrase, with what this document is.</param>
    /// <param name="reason">Why it is not stored, as a short phrase for the list of skipped files ("a real-time quote snapshot, not daily history").</param>
    public RefusedDocumentException(string location, int? line, string? value, string expected, string reason)
        : base(location, line, null, value, expected)
    {
        Reason = reason;
    }

    /// <summary>Why the document is not stored, as a short phrase.</summary>
    public string Reason { get; }
}
