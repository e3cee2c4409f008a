using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest.Tests.Readers;

public partial class HtmlArticleReaderTests
{
    // An invented article; the markup imitates a typical news page with chrome around the story.
    internal const string ArticlePage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Floods cut road to Kettleport | The Harbour Gazette</title>
          <meta property="og:title" content="Floods cut road to Kettleport">
          <meta property="og:site_name" content="The Harbour Gazette">
          <meta property="article:published_time" content="2024-03-14T08:30:00+01:00">
          <link rel="canonical" href="https://gazette.example/news/floods-kettleport">
          <style>p { color: red; }</style>
          <script>var tracking = "<p>not text</p>";</script>
        </head>
        <body>
          <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
          <article>
            <h1>Floods cut road to Kettleport</h1>
            <p>KETTLEPORT &mdash; Heavy rain washed away the only bridge into the valley town of Kettleport on
               Tuesday, leaving about 4,000 residents cut off, the regional council said.</p>
            <p>Council spokeswoman Mara Venn said crews would try to build a temporary crossing &amp; restore
               power by Friday. <b>No injuries</b> were reported.</p>
            <p>The river rose nearly two metres overnight, according to the <a href="/gauges">gauge network</a>,
               the highest level recorded since records began in 1962.</p>
            <p>Residents were asked to boil drinking water until further notice.</p>
          </article>
          <aside><p>Read more: Ten tips for spring gardening</p></aside>
          <footer><p>Copyright The Harbour Gazette</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Read_ArticlePage_KeepsParagraphsSeparatedByBlankLines()
    {
        FileReadResult result = TestInput.Read("floods.html", ArticlePage);
        Assert.False(result.HasErrors, string.Join("; ", result.Problems));
        Document doc = Assert.Single(result.Documents);
        Assert.StartsWith("KETTLEPORT — Heavy rain washed away the only bridge", doc.Text);
        Assert.Contains("by Friday. No injuries were reported.", doc.Text);
        Assert.Contains("\n\nResidents were asked to boil drinking water until further notice.", doc.Text);
        Assert.Contains("crossing & restore power", doc.Text);
        Assert.DoesNotContain("not text", doc.Text);
        Assert.DoesNotContain("gardening", doc.Text);
        Assert.DoesNotContain("Copyright", doc.Text);
        Assert.DoesNotContain("  ", doc.Text);
        Assert.Equal(doc.Text.Trim(), doc.Text);
    }

    [Fact]
    public void Read_ArticlePage_TakesMetadataFromMetaTags()
    {
        Document doc = Assert.Single(TestInput.Read("floods.html", ArticlePage).Documents);
        Assert.Equal("html", doc.Metadata.Format);
        Assert.Equal("https://gazette.example/news/floods-kettleport", doc.Metadata.Url);
        Assert.Equal(doc.Metadata.Url, doc.Metadata.Source);
        Assert.Equal("The Harbour Gazette", doc.Metadata.Outlet);
        Assert.Equal("Floods cut road to Kettleport", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 3, 14), doc.Metadata.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 8, 30, 0, TimeSpan.FromHours(1)), doc.Metadata.PublishedAt);
    }

    [Fact]
    public void Read_ArticlePage_SourceMapPutsEveryWordOnItselfInTheHtml()
    {
        Document doc = Assert.Single(TestInput.Read("floods.html", ArticlePage).Documents);
        OffsetMap map = Assert.IsType<OffsetMap>(doc.SourceMap);
        Assert.Equal(ArticlePage.Length, map.SourceLength);
        int words = 0;
        foreach (Match word in Word().Matches(doc.Text))
        {
            Span source = map.ToSource(new Span(word.Index, word.Index + word.Length));
            Assert.Equal(word.Value, ArticlePage[source.Start..source.End]);
            words++;
        }
        Assert.True(words > 60, $"only {words} words");
    }

    [Fact]
    public void Read_EntitySpan_MapsToTheEntityInTheHtml()
    {
        Document doc = Assert.Single(TestInput.Read("floods.html", ArticlePage).Documents);
        int amp = doc.Text.IndexOf('&', StringComparison.Ordinal);
        Span source = doc.SourceMap!.ToSource(new Span(amp, amp + 1));
        Assert.Equal("&amp;", ArticlePage[source.Start..source.End]);
    }

    [Fact]
    public void Read_OffsetsNeverGoBackwards()
    {
        Document doc = Assert.Single(TestInput.Read("floods.html", ArticlePage).Documents);
        int previous = 0;
        for (int i = 0; i <= doc.Text.Length; i++)
        {
            int source = doc.SourceMap!.ToSource(i);
            Assert.True(source >= previous, $"offset {i} maps to {source}, before {previous}");
            previous = source;
        }
    }

    [Fact]
    public void Read_JsonLdAndTimeElement_GivePublishedDate()
    {
        const string page = """
            <html><head><title>Dam talks resume</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02","publisher":{"@type":"Organization","name":"Valley Wire"}}]}</script>
            </head><body><main><p>Negotiators from both provinces met again on Thursday to discuss sharing the water of the reservoir.</p>
            <p>No agreement was announced after the first session of the renewed talks.</p></main></body></html>
            """;
        Document doc = Assert.Single(TestInput.Read("dam.html", page).Documents);
        Assert.Equal(new DateOnly(2023, 11, 2), doc.Metadata.Published);
        Assert.Equal("Valley Wire", doc.Metadata.Outlet);
        Assert.Equal("dam.html", doc.Metadata.Source);

        const string timed = """
            <html><body><article><time datetime="2022-05-09T12:00:00Z">9 May</time>
            <p>The ferry service between the two islands resumed on Monday after a week of storms.</p></article></body></html>
            """;
        Assert.Equal(new DateOnly(2022, 5, 9), Assert.Single(TestInput.Read("ferry.html", timed).Documents).Metadata.Published);
    }

    [Fact]
    public void Read_PageWithoutArticle_ReportsNoArticle()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>Login</title></head>
            <body><nav><ul><li><a href="/a">Sections</a></li><li><a href="/b">Archive</a></li></ul></nav>
            <form action="/login"><input name="user"><button>Sign in</button></form></body></html>
            """;
        FileReadResult result = TestInput.Read("login.html", page);
        Assert.Empty(result.Documents);
        Problem problem = Assert.Single(result.Problems);
        Assert.Equal(ErrorCodes.NoArticle, problem.Code);
        Assert.Equal("login.html", problem.Subject);
    }

    [Fact]
    public void Read_CrlfHtml_MapsWordsBack()
    {
        string page = ArticlePage.Replace("\n", "\r\n", StringComparison.Ordinal);
        Document doc = Assert.Single(TestInput.Read("floods.html", page).Documents);
        Assert.DoesNotContain('\r', doc.Text);
        foreach (Match word in Word().Matches(doc.Text))
        {
            Span source = doc.SourceMap!.ToSource(new Span(word.Index, word.Index + word.Length));
            Assert.Equal(word.Value, page[source.Start..source.End]);
        }
    }

    [Fact]
    public void Read_TextInDivsWithBreaks_IsRead()
    {
        const string page = """
            <html><head><title>Well dug</title></head><body>
            <div id="menu"><a href="/">Home</a> | <a href="/about">About</a></div>
            <div class="story">Villagers in Amsel finished digging a new well on Saturday, the district office said.<br><br>
            The well is expected to serve some 900 people through the dry season.</div>
            </body></html>
            """;
        Document doc = Assert.Single(TestInput.Read("well.html", page).Documents);
        Assert.StartsWith("Villagers in Amsel finished digging", doc.Text);
        Assert.Contains("office said.\n\nThe well is expected", doc.Text);
        Assert.EndsWith("through the dry season.", doc.Text);
        Assert.DoesNotContain("About", doc.Text);
    }

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex Word();
}
