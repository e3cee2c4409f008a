using System.Text.Json;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarking;

/// <summary>Prints a benchmark report as a table or as the JSON shape issue #3 fixes.</summary>
public static class BenchmarkReportWriter
{
    public static void WriteTable(TextWriter output, BenchmarkReport report)
    {
        output.WriteLine($"corpus: {report.Documents} documents, {report.Words} words");
        output.WriteLine();
        output.WriteLine($"{"threads",7}  {"docs/s",12}  {"words/s",14}  {"elapsed",10}  {"CPU µs/doc",11}  {"docs/s by CPU",13}");
        foreach (ThroughputRun run in report.Runs)
        {
            output.WriteLine($"{run.Threads,7}  {run.DocsPerSecond,12:0.0}  {run.WordsPerSecond,14:0}  {run.Elapsed.TotalSeconds,9:0.000}s"
                + $"  {run.CpuMicrosecondsPerDocument,11:0.0}  {run.CpuDocsPerSecond,13:0.0}");
        }
        output.WriteLine("(docs/s by CPU: threads x documents per CPU-second, what the run reaches with that many cores of its own)");
        output.WriteLine();
        string clock = ThreadCpuClock.IsThreadCpuTime ? "CPU µs/doc" : "µs/doc*";
        output.WriteLine($"{"stage",-20}  {"share",7}  {clock,10}  {"wall µs/doc",11}  {"bytes/doc",11}");
        foreach (StageTiming stage in report.Stages)
        {
            output.WriteLine($"{stage.Name,-20}  {stage.Share,7:P1}  {stage.CpuMicrosecondsPerDocument,10:0.0}  {stage.MicrosecondsPerDocument,11:0.0}"
                + $"  {stage.AllocatedBytesPerDocument,11:N0}");
        }
        if (!ThreadCpuClock.IsThreadCpuTime) output.WriteLine("* no thread CPU clock on this platform: wall time");
        output.WriteLine();
        output.WriteLine($"CPU per document:       {report.CpuMicrosecondsPerDocument:0.0} µs (single thread, process CPU time)");
        output.WriteLine($"allocated per document: {report.AllocatedBytesPerDocument:N0} bytes");
        output.WriteLine($"peak working set:       {report.PeakWorkingSetBytes / (1024.0 * 1024.0):0.0} MiB");
    }

    public static void WriteJson(Stream output, BenchmarkReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("documents", report.Documents);
        json.WriteNumber("words", report.Words);
        json.WriteStartArray("runs");
        foreach (ThroughputRun run in report.Runs)
        {
            json.WriteStartObject();
            json.WriteNumber("threads", run.Threads);
            json.WriteNumber("docs_per_s", Math.Round(run.DocsPerSecond, 2));
            json.WriteNumber("words_per_s", Math.Round(run.WordsPerSecond, 1));
            json.WriteNumber("cpu_us_per_doc", Math.Round(run.CpuMicrosecondsPerDocument, 2));
            json.WriteNumber("cpu_docs_per_s", Math.Round(run.CpuDocsPerSecond, 2));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("stages");
        foreach (StageTiming stage in report.Stages)
        {
            json.WriteStartObject();
            json.WriteString("name", stage.Name);
            json.WriteNumber("share", Math.Round(stage.Share, 4));
            json.WriteNumber("us_per_doc", Math.Round(stage.MicrosecondsPerDocument, 2));
            json.WriteNumber("cpu_us_per_doc", Math.Round(stage.CpuMicrosecondsPerDocument, 2));
            json.WriteNumber("allocated_bytes_per_doc", stage.AllocatedBytesPerDocument);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("cpu_us_per_doc", Math.Round(report.CpuMicrosecondsPerDocument, 2));
        json.WriteNumber("allocated_bytes_per_doc", report.AllocatedBytesPerDocument);
        json.WriteNumber("peak_working_set_bytes", report.PeakWorkingSetBytes);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

}
