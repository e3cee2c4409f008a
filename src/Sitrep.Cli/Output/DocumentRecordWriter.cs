using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Cli.Processing;
using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Cli.Output;

/// <summary>Prints `sitrep extract` results: one record per document, in the format asked for.</summary>
internal abstract class DocumentRecordWriter : IDisposable
{
    public static DocumentRecordWriter Create(string format, TextWriter output) => format switch
    {
        "json" => new JsonRecordWriter(output, lines: false),
        "jsonl" => new JsonRecordWriter(output, lines: true),
        "table" => new TableRecordWriter(output),
        "csv" => new CsvRecordWriter(output),
        _ => throw new UsageException($"unknown format '{format}'"),
    };

    public abstract void Write(ProcessedInput input);

    public virtual void Dispose()
    {
    }

    internal static JsonWriterOptions JsonOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed class JsonRecordWriter : DocumentRecordWriter
    {
        private readonly TextWriter _output;
        private readonly bool _lines;
        private readonly MemoryStream _buffer = new();
        private bool _first = true;

        public JsonRecordWriter(TextWriter output, bool lines)
        {
            _output = output;
            _lines = lines;
            if (!lines) _output.Write('[');
        }

        public override void Write(ProcessedInput input)
        {
            string fileName = Path.GetFileName(input.File.Path);
            if (input.Items.IsEmpty)
            {
                WriteRecord(json => WriteFailedFile(json, fileName, input));
                return;
            }
            foreach (ProcessedItem item in input.Items)
            {
                WriteRecord(json => WriteDocument(json, fileName, input, item));
            }
        }

        private void WriteRecord(Action<Utf8JsonWriter> write)
        {
            _buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(_buffer, JsonOptions(indented: !_lines)))
            {
                write(json);
            }
            if (!_lines) _output.Write(_first ? "\n" : ",\n");
            _output.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            if (_lines) _output.Write('\n');
            _first = false;
        }

        public override void Dispose()
        {
            if (!_lines) _output.Write(_first ? "]\n" : "\n]\n");
            _output.Flush();
        }

        private static void WriteDocument(Utf8JsonWriter json, string fileName, ProcessedInput input, ProcessedItem item)
        {
            var meta = item.Document.Metadata;
            json.WriteStartObject();
            json.WriteString("doc", fileName);
            json.WriteString("id", item.Document.Id.Value);
            json.WriteString("source", meta.Source);
            json.WriteString("path", input.File.Path);
            WriteNullable(json, "url", meta.Url);
            WriteNullable(json, "outlet", meta.Outlet);
            WriteNullable(json, "title", meta.Title);
            WriteNullable(json, "published", meta.Published?.ToString("yyyy-MM-dd"));
            json.WriteString("format", meta.Format);
            json.WriteString("language", meta.Language);
            json.WriteString("text", item.Document.Text);
            json.WriteStartArray("events");
            foreach (ConflictEvent e in item.Events) EventJsonWriter.Write(json, e);
            json.WriteEndArray();
            IEnumerable<Problem> problems = input.File.Problems.Where(p => p.Line is null || input.Items.Length == 1);
            if (item.Failure is not null) problems = problems.Append(item.Failure.ToProblem(input.File.Path));
            WriteProblems(json, problems);
            json.WriteEndObject();
        }

        private static void WriteFailedFile(Utf8JsonWriter json, string fileName, ProcessedInput input)
        {
            json.WriteStartObject();
            json.WriteString("doc", fileName);
            json.WriteString("path", input.File.Path);
            json.WriteStartArray("events");
            json.WriteEndArray();
            WriteProblems(json, input.File.Problems);
            json.WriteEndObject();
        }

        private static void WriteProblems(Utf8JsonWriter json, IEnumerable<Problem> problems)
        {
            json.WriteStartArray("errors");
            foreach (Problem problem in problems)
            {
                json.WriteStartObject();
                json.WriteString("code", problem.Code.Code);
                json.WriteString("name", problem.Code.Name);
                json.WriteString("severity", problem.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", problem.Message);
                if (problem.Line is int line) json.WriteNumber("line", line);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
        {
            if (value is null) json.WriteNull(name); else json.WriteString(name, value);
        }
    }

    private sealed class TableRecordWriter(TextWriter output) : DocumentRecordWriter
    {
        public override void Write(ProcessedInput input)
        {
            foreach (ProcessedItem item in input.Items)
            {
                var meta = item.Document.Metadata;
                output.WriteLine($"{meta.Source}  published {meta.Published?.ToString("yyyy-MM-dd") ?? "unknown"}  {item.Events.Length} event(s)");
                if (meta.Title is not null) output.WriteLine($"  {meta.Title}");
                foreach (ConflictEvent e in item.Events) output.WriteLine("  " + EventSummary.OneLine(e));
            }
        }
    }

    private sealed class CsvRecordWriter : DocumentRecordWriter
    {
        private readonly TextWriter _output;

        public CsvRecordWriter(TextWriter output)
        {
            _output = output;
            EventCsvWriter.WriteHeader(output);
        }

        public override void Write(ProcessedInput input)
        {
            foreach (ProcessedItem item in input.Items)
            {
                foreach (ConflictEvent e in item.Events)
                    EventCsvWriter.WriteRow(_output, e, item.Document.Metadata.Outlet ?? item.Document.Metadata.Url, item.Document.Id.Value);
            }
        }
    }
}
