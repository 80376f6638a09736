using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scanner.Reporting.Writers;

/// <summary>Indented UTF-8 JSON with readable (unescaped) non-ASCII text and one trailing newline.</summary>
internal static class JsonText
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }
}
