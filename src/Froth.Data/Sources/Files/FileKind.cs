using System.Runtime.InteropServices;

namespace Froth.Data.Sources.Files;

/// <summary>
/// What a path is once symbolic links are followed: a regular file, a folder, or something else (a named pipe, a
/// device, a socket) that an import must not open, because reading it can block for ever (a pipe) or never end
/// (<c>/dev/zero</c>). On Unix it asks the runtime's own native shim (<c>SystemNative_Stat</c> in libSystem.Native, which
/// <see cref="File"/> itself uses) for the file type bits; on Windows every existing file counts as regular.
/// </summary>
internal static class FileKind
{
    // The file type bits of the mode as the runtime's shim normalises them (the POSIX values).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Folder = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// Why <paramref name="path"/> is not a regular file ("a named pipe", "a character device such as /dev/zero"…),
    /// or <see langword="null"/> when it is one (or cannot be told, on Windows or when the path vanished).
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        // The shim's FileStatus starts with two ints, Flags and Mode; the buffer is larger than the whole struct.
        var status = new byte[512];
        if (NativeMethods.Stat(path, status) != 0)
        {
            return null;
        }

        var mode = BitConverter.ToInt32(status, 4) & TypeMask;
        return mode switch
        {
            Regular => null,
            Folder => "a folder",
            Fifo => "a named pipe (reading it would wait for a writer)",
            CharacterDevice => "a character device such as /dev/zero (reading it may never end)",
            BlockDevice => "a block device",
            Socket => "a socket",
            _ => "not a regular file",
        };
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
#pragma warning disable SYSLIB1054 // Justification: LibraryImport needs unsafe code, which this project does not enable; one call, blittable buffer.
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
#pragma warning restore SYSLIB1054
    }
}
