namespace Froth.Data.Sources.Files;

/// <summary>
/// Reads a source file whole, with the guards an import needs: only a regular file (a pipe or a device is refused
/// before it is opened), at most <see cref="MaxBytes"/> bytes, and not while it changes — its size and modification
/// time before the read must equal those after it and the number of bytes read, else the import fails naming the file.
/// </summary>
public static class SourceFileReader
{
    /// <summary>The largest file read, in bytes: 1 GB (1,073,741,824 bytes), far above the largest snapshot file.</summary>
    public const long MaxBytes = 1L << 30;

    // The file a path names, its links followed: a link's own size and time say nothing about its target's.
    private static FileInfo Target(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
    }

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="maxBytes"/> defaults to <see cref="MaxBytes"/>; <paramref name="afterRead"/> runs between the read and the check (a seam for tests that change the file mid-read).</summary>
    /// <exception cref="DataFormatException">It is not a regular file, is larger than the limit, cannot be read, or changed while it was read.</exception>
    public static byte[] Read(string path, long maxBytes = MaxBytes, Action? afterRead = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 0);
        if (FileKind.NotRegular(path) is { } kind)
        {
            throw new DataFormatException(path, null, null, null, $"a regular file; it is {kind}");
        }

        try
        {
            var before = Target(path);
            var (size, time) = (before.Length, before.LastWriteTimeUtc);
            if (size > maxBytes)
            {
                throw new DataFormatException(path, null, null, $"{size:N0} bytes", $"a file of at most {maxBytes:N0} bytes");
            }

            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16))
            {
                using var memory = new MemoryStream(checked((int)Math.Min(size, maxBytes)));
                var buffer = new byte[1 << 16];
                int n;
                while ((n = stream.Read(buffer)) > 0)
                {
                    if (memory.Length + n > maxBytes)
                    {
                        throw new DataFormatException(path, null, null, null, $"a file of at most {maxBytes:N0} bytes (it grew past that while it was read)");
                    }

                    memory.Write(buffer, 0, n);
                }

                bytes = memory.ToArray();
            }

            afterRead?.Invoke();
            var after = Target(path);
            if (after.Length != size || after.LastWriteTimeUtc != time || bytes.LongLength != size)
            {
                throw new DataFormatException(
                    path,
                    null,
                    null,
                    null,
                    $"a file that does not change while it is read; it had {size:N0} bytes (modified {time:O}) before, {bytes.LongLength:N0} were read and it has {after.Length:N0} (modified {after.LastWriteTimeUtc:O}) after. Import it again once whatever writes it has finished");
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFormatException(path, null, null, null, $"a readable file ({e.Message})");
        }
    }
}
