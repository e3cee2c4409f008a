using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest.Tests.Readers;

public class PlainTextReaderTests
{
    private const string Body = """
        Fishermen in the delta town of Oremi said on Monday that a storm had sunk twelve boats.

        The harbour master said repairs would take a month.
        """;

    [Fact]
    public void Read_HeaderLines_SetMetadataAndKeepBodyVerbatim()
    {
        string file = "url: https://wire.example/oremi-storm\npublished: 2024-09-02\noutlet: Delta Wire\ntitle: Storm sinks boats\n\n" + Body + "\n";
        FileReadResult result = TestInput.Read("oremi.txt", file);
        Assert.Empty(result.Problems);
        Document doc = Assert.Single(result.Documents);
        Assert.Equal(Body, doc.Text);
        Assert.Equal("https://wire.example/oremi-storm", doc.Metadata.Url);
        Assert.Equal(doc.Metadata.Url, doc.Metadata.Source);
        Assert.Equal("Delta Wire", doc.Metadata.Outlet);
        Assert.Equal("Storm sinks boats", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 9, 2), doc.Metadata.Published);
        Assert.Equal("text", doc.Metadata.Format);
        int start = doc.SourceMap!.ToSource(0);
        Assert.Equal(file.IndexOf("Fishermen", StringComparison.Ordinal), start);
    }

    [Fact]
    public void Read_HeaderKeysInAnyCaseAndCrlf_AreRecognised()
    {
        string file = "URL: https://wire.example/a\r\nPublished: 2024-09-02\r\nOutlet: Delta Wire\r\n\r\nBody line one.\r\nBody line two.\r\n";
        Document doc = Assert.Single(TestInput.Read("a.txt", file).Documents);
        Assert.Equal("Body line one.\r\nBody line two.", doc.Text);
        Assert.Equal("Delta Wire", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2024, 9, 2), doc.Metadata.Published);
    }

    [Fact]
    public void Read_SeedStyleDatePrefixWithLeadingSpace_GivesDateAndBody()
    {
        FileReadResult result = TestInput.Read("seed.txt", " date 2025-06-06 A ferry operator said on Friday it would stop service.\n\nMore text follows.\n");
        Assert.Empty(result.Problems);
        Document doc = Assert.Single(result.Documents);
        Assert.Equal(new DateOnly(2025, 6, 6), doc.Metadata.Published);
        Assert.Equal("A ferry operator said on Friday it would stop service.\n\nMore text follows.", doc.Text);
        Assert.Equal("seed.txt", doc.Metadata.Source);
        Assert.Null(doc.Metadata.Url);
    }

    [Fact]
    public void Read_UnknownDateFormatInHeader_ReportsLineAndStillReadsDocument()
    {
        FileReadResult result = TestInput.Read("bad-date.txt", "outlet: Delta Wire\npublished: last Tuesday\n\nThe body is still here.\n");
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.BadHeader, problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal("bad-date.txt", problem.Subject);
        Assert.Contains("last Tuesday", problem.Message);
        Document doc = Assert.Single(result.Documents);
        Assert.Null(doc.Metadata.Published);
        Assert.Equal("The body is still here.", doc.Text);
    }

    [Fact]
    public void Read_NoHeader_IsOneDocumentWithoutDate()
    {
        Document doc = Assert.Single(TestInput.Read("plain.txt", "\n\nNote: this is plain text.\n").Documents);
        Assert.Equal("Note: this is plain text.", doc.Text);
        Assert.Null(doc.Metadata.Published);
    }

    [Fact]
    public void Read_HeaderWithoutBody_ReportsEmptyInput()
    {
        FileReadResult result = TestInput.Read("head-only.txt", "url: https://wire.example/x\npublished: 2024-01-01\n\n   \n");
        Assert.Empty(result.Documents);
        Assert.Equal(ErrorCodes.EmptyInput, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Read_OtherDateFormats_AreAccepted()
    {
        Assert.Equal(new DateOnly(2024, 9, 2), Published("published: 2 September 2024"));
        Assert.Equal(new DateOnly(2024, 9, 2), Published("published: September 2, 2024"));
        Assert.Equal(new DateOnly(2024, 9, 2), Published("published: 2024-09-02T23:10:00+02:00"));
        Assert.Equal(new DateOnly(2024, 9, 2), Published("published: Mon, 02 Sep 2024 10:00:00 GMT"));

        static DateOnly? Published(string header) =>
            Assert.Single(TestInput.Read("d.txt", header + "\n\nBody.").Documents).Metadata.Published;
    }

    [Fact]
    public void Read_EmptyPublishedHeader_IsNoDateWithoutProblem()
    {
        FileReadResult result = TestInput.Read("e.txt", "published:\noutlet: Wire\n\nBody.");
        Assert.Empty(result.Problems);
        Assert.Null(Assert.Single(result.Documents).Metadata.Published);
    }
}
