using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest.Tests.Readers;

public class SyndicationFeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>Northern Courier</title><link>https://courier.example/</link><description>News</description>
          <item>
            <title>Bridge reopens</title>
            <link>https://courier.example/bridge</link>
            <pubDate>Tue, 05 Mar 2024 09:15:00 +0000</pubDate>
            <description>&lt;p&gt;The &lt;b&gt;old bridge&lt;/b&gt; over the Sarn reopened on Monday.&lt;/p&gt;&lt;p&gt;Traffic was light.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Market fire</title>
            <pubDate>Wed, 06 Mar 2024 18:00:00 GMT</pubDate>
            <description>A fire destroyed six stalls at the central market.</description>
          </item>
        </channel></rss>
        """;

    [Fact]
    public void Read_Rss_OneDocumentPerItemWithPubDate()
    {
        FileReadResult result = TestInput.Read("courier.xml", Rss);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Documents.Length);
        Document first = result.Documents[0];
        Assert.Equal("The old bridge over the Sarn reopened on Monday.\n\nTraffic was light.", first.Text);
        Assert.Equal(new DateOnly(2024, 3, 5), first.Metadata.Published);
        Assert.Equal("https://courier.example/bridge", first.Metadata.Source);
        Assert.Equal("Northern Courier", first.Metadata.Outlet);
        Assert.Equal("Bridge reopens", first.Metadata.Title);
        Assert.Equal("feed", first.Metadata.Format);
        Document second = result.Documents[1];
        Assert.Equal("courier.xml#2", second.Metadata.Source);
        Assert.Null(second.Metadata.Url);
        Assert.Equal(new DateOnly(2024, 3, 6), second.Metadata.Published);
    }

    [Fact]
    public void Read_Atom_ReadsEntries()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Coast Monitor</title><id>urn:coast</id><updated>2024-04-01T00:00:00Z</updated>
              <entry>
                <title>Patrol boat seized</title><id>urn:coast:1</id>
                <link href="https://coast.example/1"/>
                <published>2024-04-01T07:00:00Z</published><updated>2024-04-01T07:00:00Z</updated>
                <content type="html">&lt;p&gt;Coast guards seized a patrol boat near Kell Point.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        Document doc = Assert.Single(TestInput.Read("coast.atom", atom).Documents);
        Assert.Equal("Coast guards seized a patrol boat near Kell Point.", doc.Text);
        Assert.Equal(new DateOnly(2024, 4, 1), doc.Metadata.Published);
        Assert.Equal("Coast Monitor", doc.Metadata.Outlet);
    }

    [Fact]
    public void Read_BrokenXml_ReportsMalformedFeed()
    {
        const string broken = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>X</title>\n<item><title>Half</title></channel></rss>";
        FileReadResult result = TestInput.Read("broken.rss", broken);
        Assert.Empty(result.Documents);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.MalformedFeed, problem.Code);
        Assert.Equal("broken.rss", problem.Subject);
    }
}
