using System.Text.Json;
using Sitrep.Benchmarking;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Benchmarking;

public class PipelineBenchmarkTests
{
    private static readonly Document[] Corpus =
    [
        new("Gunmen attacked a village.\n\nTwo people died.", new DocumentMetadata { Source = "a" }),
        new("Police arrested three men on Tuesday.", new DocumentMetadata { Source = "b" }),
    ];

    [Fact]
    public void Run_SmallCorpus_CountsDocumentsWordsRunsAndStages()
    {
        BenchmarkReport report = new PipelineBenchmark(SitrepPipeline.CreateDefault(SitrepResources.Empty)).Run(Corpus, repeat: 3, threads: 2);
        Assert.Equal(6, report.Documents);
        Assert.Equal(3 * (7 + 6), report.Words);
        Assert.Equal([1, 2], report.Runs.Select(r => r.Threads));
        Assert.All(report.Runs, r => Assert.True(r.DocsPerSecond > 0));
        Assert.All(report.Runs, r => Assert.True(r.CpuMicrosecondsPerDocument > 0 && r.CpuDocsPerSecond > 0));
        Assert.All(report.Stages, s => Assert.True(s.CpuMicrosecondsPerDocument >= 0 && s.AllocatedBytesPerDocument >= 0));
        Assert.Contains(report.Stages, s => s.AllocatedBytesPerDocument > 0);
        Assert.Equal(SitrepPipeline.AllStages(SitrepResources.Empty).Select(s => s.Name), report.Stages.Select(s => s.Name));
        Assert.InRange(report.Stages.Sum(s => s.Share), 0.999, 1.001);
        Assert.True(report.PeakWorkingSetBytes > 0);
    }

    [Fact]
    public void Run_EmptyCorpus_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PipelineBenchmark(SitrepPipeline.CreateDefault(SitrepResources.Empty)).Run([], 1, 1));
    }

    [Fact]
    public void WriteJson_Report_HasTheDocumentedShape()
    {
        BenchmarkReport report = new PipelineBenchmark(SitrepPipeline.CreateDefault(SitrepResources.Empty)).Run(Corpus, repeat: 1, threads: 1);
        using var buffer = new MemoryStream();
        BenchmarkReportWriter.WriteJson(buffer, report);
        JsonElement json = JsonDocument.Parse(buffer.ToArray()).RootElement;
        foreach (string name in new[] { "documents", "words", "runs", "stages", "allocated_bytes_per_doc", "peak_working_set_bytes" })
            Assert.True(json.TryGetProperty(name, out _), name);
        JsonElement run = json.GetProperty("runs")[0];
        Assert.True(run.TryGetProperty("docs_per_s", out _));
        Assert.True(run.TryGetProperty("cpu_docs_per_s", out _));
        Assert.True(json.GetProperty("stages")[0].TryGetProperty("us_per_doc", out _));
        Assert.True(json.GetProperty("stages")[0].TryGetProperty("cpu_us_per_doc", out _));
        var table = new StringWriter();
        BenchmarkReportWriter.WriteTable(table, report);
        Assert.Contains("docs/s", table.ToString());
    }
}
