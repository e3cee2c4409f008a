using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest.Tests.Readers;

public class JsonLinesReaderTests
{
    [Fact]
    public void Read_Records_BecomeDocumentsWithMetadata()
    {
        const string jsonl = """
            {"text": "Two ferries collided near Port Aven on Sunday.", "published": "2024-02-11", "url": "https://aven.example/ferries", "title": "Ferries collide", "outlet": "Aven Post"}

            {"text": "Rain delayed the harvest.", "published": "2024-02-12T06:00:00Z"}
            """;
        FileReadResult result = TestInput.Read("items.jsonl", jsonl);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Documents.Length);
        DocumentMetadata first = result.Documents[0].Metadata;
        Assert.Equal("https://aven.example/ferries", first.Source);
        Assert.Equal("Aven Post", first.Outlet);
        Assert.Equal("Ferries collide", first.Title);
        Assert.Equal(new DateOnly(2024, 2, 11), first.Published);
        Assert.Equal("jsonl", first.Format);
        DocumentMetadata second = result.Documents[1].Metadata;
        Assert.Equal("items.jsonl#3", second.Source);
        Assert.Equal(new DateOnly(2024, 2, 12), second.Published);
        Assert.Equal("Rain delayed the harvest.", result.Documents[1].Text);
    }

    [Fact]
    public void Read_OneMalformedLine_NamesTheLineAndKeepsTheOthers()
    {
        const string jsonl = """
            {"text": "First report.", "published": "2024-01-01"}
            {"text": "Second report, "published": 2024-01-02}
            {"text": "Third report.", "published": "2024-01-03"}
            """;
        FileReadResult result = TestInput.Read("mixed.jsonl", jsonl);
        Assert.Equal(["First report.", "Third report."], result.Documents.Select(d => d.Text));
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.MalformedJsonLine, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("mixed.jsonl:2: SR1010", problem.ToString());
    }

    [Fact]
    public void Read_LineWithoutTextOrWithBadDate_IsReported()
    {
        const string jsonl = """
            {"title": "No text here"}
            {"text": "Dated oddly.", "published": "the other day"}
            """;
        FileReadResult result = TestInput.Read("odd.jsonl", jsonl);
        Assert.Equal([ErrorCodes.MalformedJsonLine, ErrorCodes.BadHeader], result.Problems.Select(p => p.Code));
        Assert.Equal([1, 2], result.Problems.Select(p => p.Line));
        Document doc = Assert.Single(result.Documents);
        Assert.Null(doc.Metadata.Published);
    }

    [Fact]
    public void Read_TextStartingWithBrace_StaysPlainText()
    {
        Document doc = Assert.Single(TestInput.Read("note.txt", "{Editor's note: updated} The council met on Monday.").Documents);
        Assert.Equal("text", doc.Metadata.Format);
    }
}
