using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Events.Export;

/// <summary>Writes records as JSON lines (one object per line, LF), flushing each line as it is written.</summary>
public static class JsonLines
{
    /// <summary>Sitrep's JSON output options: non-ASCII text written as is, not as \u escapes.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes each record that <paramref name="write"/> accepts (returns true for); returns how many lines it wrote.</summary>
    public static int Write<T>(Stream output, IEnumerable<T> records, Func<Utf8JsonWriter, T, bool> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(write);
        int count = 0;
        using var json = new Utf8JsonWriter(output, Options(indented: false));
        foreach (T record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!write(json, record)) continue;
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
            count++;
        }
        output.Flush();
        return count;
    }
}
