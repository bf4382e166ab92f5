using System.Runtime.InteropServices;

namespace CareLedger.Cli;

/// <summary>
/// Whether a path is a regular file. A device (<c>/dev/zero</c>, <c>/dev/urandom</c>), a named pipe or a socket
/// never ends or blocks on open, so commands refuse them before opening. .NET does not expose the file type, so on
/// Linux it is read with <c>statx</c>, whose layout is the same on every architecture; elsewhere every existing
/// non-directory path counts as a file.
/// </summary>
internal static partial class FileKind
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x0001;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    public static bool IsRegularFile(string fullPath)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(fullPath);
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, fullPath, 0, StatxType, buffer) != 0)
            {
                return File.Exists(fullPath);
            }
        }
        catch (EntryPointNotFoundException)
        {
            // A C library without statx (glibc before 2.28): fall back to what .NET can tell.
            return File.Exists(fullPath);
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
