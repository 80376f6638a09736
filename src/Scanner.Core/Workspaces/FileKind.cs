using System.Runtime.InteropServices;

namespace Scanner.Core.Workspaces;

/// <summary>
/// Whether a path is a regular file. .NET reports a FIFO, a device or a socket as an existing file of length 0, and
/// opening a FIFO blocks until a writer comes, so the file type must be asked of the system before any open. The
/// runtime's own native shim answers with a layout that is the same on every platform it ships for.
/// </summary>
internal static partial class FileKind
{
    // The runtime shim's FileStatus starts with int32 Flags, int32 Mode; its S_IFMT bits are fixed by the shim.
    private const int ModeOffset = 4;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>True for a regular file (links followed), false for anything else; null when the system cannot say.</summary>
    public static bool? IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return null;
        }

        try
        {
            var status = new byte[256];
            return Stat(path, status) != 0 ? null : (BitConverter.ToInt32(status, ModeOffset) & TypeMask) == Regular;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
