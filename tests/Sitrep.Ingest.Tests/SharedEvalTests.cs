using Sitrep.Documents;
using Sitrep.TestSupport;

namespace Sitrep.Ingest.Tests;

public class SharedEvalTests
{
    [SharedDataFact("eval", "dev")]
    public void ReadPaths_EvalDev_EachArticleGivesOneDatedDocumentWithItsBody()
    {
        string dev = RepoPaths.SharedPath("eval", "dev")!;
        var results = TestInput.Reader().ReadPaths([dev], CancellationToken.None).ToList();
        string[] articles = Directory.GetFiles(dev, "*.txt");
        Assert.Equal(articles.Length, results.Count);
        foreach (FileReadResult result in results)
        {
            Assert.Empty(result.Problems);
            Document doc = Assert.Single(result.Documents);
            Assert.NotNull(doc.Metadata.Published);
            string raw = File.ReadAllText(result.Path);
            // The body is the file's text from where the header ends, unchanged.
            Assert.EndsWith(doc.Text, raw.TrimEnd());
            Span span = doc.SourceMap!.ToSource(new Span(0, doc.Text.Length));
            Assert.Equal(doc.Text, raw[span.Start..span.End]);
        }

        Document seed = Assert.Single(results, r => Path.GetFileName(r.Path) == "seed-wagner-mali.txt").Documents[0];
        Assert.Equal(new DateOnly(2025, 6, 6), seed.Metadata.Published);
        Assert.StartsWith("Russia's Wagner", seed.Text);
    }
}
