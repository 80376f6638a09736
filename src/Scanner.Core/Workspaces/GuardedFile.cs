using System.Globalization;

namespace Scanner.Core.Workspaces;

/// <summary>
/// The one guarded way the scan opens a file, walked or named by the user: regular files only (a FIFO would block
/// forever, /dev/zero never ends), at most the size cap plus one byte read (a file growing under the scan, or one
/// above 2 GiB, cannot exhaust memory), and every failure a reason instead of an exception.
/// </summary>
public static class GuardedFile
{
    /// <summary>The file's bytes, or null with the reason it was not read.</summary>
    public static (byte[]? Bytes, string? Refusal) Read(string path, long cap)
    {
        if (Directory.Exists(path))
        {
            return (null, "it is a folder");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, "no such file");
        }

        if (FileKind.IsRegular(path) == false)
        {
            return (null, "not a regular file (a pipe, device or socket)");
        }

        try
        {
            if (info.Length > cap)
            {
                return (null, TooLarge(info.Length, cap));
            }

            // Where the system cannot say what the file is, a FIFO or device still shows length 0: an empty file
            // reads as nothing either way, so length 0 is never opened.
            if (info.Length == 0)
            {
                return ([], null);
            }

            var bytes = ReadBounded(path, cap);
            return bytes.Length > cap ? (null, "it grew above the size cap while it was read") : (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"could not be read: {e.GetType().Name}");
        }
    }

    /// <summary>The file decoded as text (UTF-8, BOM or not), or null with the reason it was not read.</summary>
    public static (string? Text, string? Refusal) ReadText(string path, long cap)
    {
        var (bytes, refusal) = Read(path, cap);
        return bytes is null ? (null, refusal) : (TextDecoder.Decode(bytes).Text, null);
    }

    public static string TooLarge(long size, long cap) =>
        string.Create(CultureInfo.InvariantCulture, $"{size:N0} bytes is above the {cap:N0}-byte cap (--max-file-size)");

    /// <summary>Reads at most <paramref name="cap"/> + 1 bytes, so a file growing during the scan cannot exceed the cap.</summary>
    internal static byte[] ReadBounded(string path, long cap)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= cap && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
