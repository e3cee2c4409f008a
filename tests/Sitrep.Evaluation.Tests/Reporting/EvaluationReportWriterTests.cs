using System.Text.Json;
using Sitrep.Evaluation.Reporting;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Tests.Reporting;

public class EvaluationReportWriterTests
{
    private static readonly EvaluationReport Report = new(
        [FixtureFiles.Score("base", "reasons") with { Doc = "base.txt" }, FixtureFiles.Score("base", "background-as-new") with { Doc = "again.txt" }],
        []);

    [Fact]
    public void WriteJson_Report_ExactTopLevelKeys()
    {
        using JsonDocument json = JsonDocument.Parse(Write(w => new EvaluationReportWriter(Report).WriteJson(w)));

        Assert.Equal(["precision", "recall", "f1", "tp", "fp", "fn", "background_coded_as_new", "fields", "documents"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.RootElement.GetProperty("tp").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("fp").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("fn").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("background_coded_as_new").GetInt32());
        Assert.Equal(FieldComparer.Fields, json.RootElement.GetProperty("fields").EnumerateObject().Select(p => p.Name));
        JsonElement first = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("base.txt", first.GetProperty("doc").GetString());
        Assert.False(first.TryGetProperty("false_positives", out _));
    }

    [Fact]
    public void WriteJson_WithDetails_ListsMissesWithReasons()
    {
        using JsonDocument json = JsonDocument.Parse(Write(w => new EvaluationReportWriter(Report).WriteJson(w, includeDetails: true)));

        JsonElement first = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(5, first.GetProperty("false_positives").GetArrayLength());
        Assert.Equal("e1", first.GetProperty("false_negatives")[0].GetProperty("id").GetString());
        Assert.StartsWith("wrong type", first.GetProperty("false_positives")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTable_Report_RowPerDocumentAndTotal()
    {
        string table = Write(w => new EvaluationReportWriter(Report).WriteTable(w));

        Assert.Contains("base.txt", table, StringComparison.Ordinal);
        Assert.Contains("again.txt", table, StringComparison.Ordinal);
        Assert.Contains("TOTAL", table, StringComparison.Ordinal);
        Assert.Contains("sub_event_type", table, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteVerbose_Misses_EvidenceAndReasons()
    {
        string verbose = Write(w => new EvaluationReportWriter(Report).WriteVerbose(w));

        Assert.Contains("FP p-type", verbose, StringComparison.Ordinal);
        Assert.Contains("FN e1", verbose, StringComparison.Ordinal);
        Assert.Contains("evidence: \"Troops repelled an insurgent attack on Maiduguri", verbose, StringComparison.Ordinal);
        Assert.Contains("wrong type: Explosions/Remote violence, gold Battles", verbose, StringComparison.Ordinal);
        Assert.Contains("date off by 5 days", verbose, StringComparison.Ordinal);
        Assert.Contains("different country: CMR, gold NGA", verbose, StringComparison.Ordinal);
        Assert.Contains("place 60 km away", verbose, StringComparison.Ordinal);
        Assert.Contains("no common actor", verbose, StringComparison.Ordinal);
        Assert.Contains("background event e3 reported as new", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteProblems_ReportWithProblems_OneLineEach()
    {
        var report = Report with
        {
            Problems = [new Sitrep.Errors.Problem(Sitrep.Errors.ErrorCodes.MissingGold, "dev/x.txt", "No x.gold.json beside the article; it is not scored.")],
        };

        string problems = Write(w => new EvaluationReportWriter(report).WriteProblems(w));
        string table = Write(w => new EvaluationReportWriter(report).WriteTable(w));

        Assert.Equal("dev/x.txt: SR4002: No x.gold.json beside the article; it is not scored." + Environment.NewLine, problems);
        Assert.Contains("1 file(s) not scored", table, StringComparison.Ordinal);
    }

    private static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
