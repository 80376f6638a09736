using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scanner.Reporting.Writers;

/// <summary>Indented UTF-8 JSON with readable (unescaped) non-ASCII text and one trailing newline.</summary>
internal static class JsonText
{
    private const int FlushAt = 64 * 1024;

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var stream = new Utf8TextStream(output))
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }

        output.Write('\n');
    }

    /// <summary>
    /// Hands what the writer holds to the output once it passes 64 KiB: a JSON writer over a stream buffers until
    /// flushed, so loops over lines and findings call this to keep a big report's memory flat.
    /// </summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushAt)
        {
            json.Flush();
        }
    }
}
