using Sitrep.Errors;
using Sitrep.Evaluation.Reporting;
using Sitrep.Evaluation.Scoring;
using Sitrep.Events;

namespace Sitrep.Evaluation.Tests;

public sealed class EvaluationRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_FolderWithGold_ScoresEachArticle()
    {
        WriteArticle("base");
        WriteArticle("place");
        var seen = new List<string>();

        EvaluationReport report = EvaluationRunner.Run(_folder.Path, path =>
        {
            seen.Add(Path.GetFileName(path));
            return Path.GetFileName(path) == "base.txt" ? FixtureFiles.Predictions("required-only") : [];
        });

        Assert.Equal(["base.txt", "place.txt"], seen);
        Assert.Empty(report.Problems);
        Assert.Equal(["base.txt", "place.txt"], report.Documents.Select(d => d.Doc));
        Assert.Equal(new PrecisionRecall(2, 0, 1), report.Totals);
    }

    [Fact]
    public void Run_ArticleWithoutGold_ProblemNotCrash()
    {
        WriteArticle("base");
        _folder.Write("orphan.txt", "published: 2024-01-01\n\nNothing happened.");

        EvaluationReport report = EvaluationRunner.Run(_folder.Path, _ => []);

        Problem problem = Assert.Single(report.Problems);
        Assert.Equal(ErrorCodes.MissingGold, problem.Code);
        Assert.EndsWith("orphan.txt", problem.Subject, StringComparison.Ordinal);
        Assert.Single(report.Documents);
    }

    [Fact]
    public void Run_MalformedGold_ProblemNamingIt()
    {
        _folder.Write("bad.txt", "published: 2024-01-01\n\nText.");
        _folder.Write("bad.gold.json", """{"doc": "bad.txt", "published": "2024-01-01", "events": [{"id": "e1", "event_type": "War"}]}""");

        EvaluationReport report = EvaluationRunner.Run(_folder.Path, _ => throw new InvalidOperationException("must not extract an unscored article"));

        Assert.Empty(report.Documents);
        Assert.True(report.HasErrors);
        Assert.All(report.Problems, p => Assert.EndsWith("bad.gold.json", p.Subject, StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Code == ErrorCodes.MalformedGold && p.Message.Contains("event e1: field 'event_type'", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_GoldWithoutArticle_Problem()
    {
        _folder.Write("lonely.gold.json", File.ReadAllText(FixtureFiles.PathOf("base.gold.json")));

        EvaluationReport report = EvaluationRunner.Run(_folder.Path, _ => []);

        Assert.Equal(ErrorCodes.MissingArticle, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public void Run_MissingFolder_FileNotFound() =>
        Assert.Equal(ErrorCodes.FileNotFound, Assert.Single(EvaluationRunner.Run(Path.Combine(_folder.Path, "nope"), _ => []).Problems).Code);

    [Fact]
    public void Run_Cancelled_Throws()
    {
        WriteArticle("base");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => EvaluationRunner.Run(_folder.Path, _ => [], cancellation.Token));
    }

    [Fact]
    public void GoldPathFor_Article_GoldBesideIt() =>
        Assert.Equal(Path.Combine("dir", "001.gold.json"), EvaluationRunner.GoldPathFor(Path.Combine("dir", "001.txt")));

    private void WriteArticle(string fixture)
    {
        _folder.Write(fixture + ".txt", "published: 2024-03-08\n\nAn invented article.");
        _folder.Write(fixture + ".gold.json", File.ReadAllText(FixtureFiles.PathOf(fixture + ".gold.json")));
    }
}
