using Sitrep.Documents;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlTextScannerTests
{
    private static (string Text, OffsetMap Map) Scan(string html)
    {
        var output = new MappedTextBuilder();
        HtmlTextScanner.Scan(html, 0, html.Length, output);
        return (output.Text, output.BuildMap(html.Length));
    }

    [Fact]
    public void Scan_TagsEntitiesAndWhitespace_GiveCleanText()
    {
        var (text, _) = Scan("<p>  Tom &amp;\n  <i>Jerry</i>&nbsp;met<br>today. </p><p>Second&#8217;s para.</p>");
        Assert.Equal("Tom & Jerry met today.\n\nSecond’s para.", text);
    }

    [Fact]
    public void Scan_ScriptStyleAndComments_AreSkipped()
    {
        var (text, _) = Scan("<p>A<script>if (a < b) { x = '</p>'; }</script>B<!-- hidden -->C<style>p{}</style></p>");
        Assert.Equal("ABC", text);
    }

    [Fact]
    public void Scan_LooseAngleBracketsAndAmpersands_StayText()
    {
        var (text, _) = Scan("<p>3 < 4 & 5 > 2 &unknown; AT&T</p>");
        Assert.Equal("3 < 4 & 5 > 2 &unknown; AT&T", text);
    }

    [Fact]
    public void Scan_StopAtClose_EndsAfterTheElement()
    {
        const string html = "<div>Inside <div>nested</div> still</div> Outside";
        var output = new MappedTextBuilder();
        int end = HtmlTextScanner.Scan(html, 0, html.Length, output, "div");
        Assert.Equal("Inside\n\nnested\n\nstill", output.Text);
        Assert.Equal(html.IndexOf(" Outside", StringComparison.Ordinal), end);
    }

    [Fact]
    public void Scan_CollapsedWhitespace_MapsToTheWhitespaceRun()
    {
        const string html = "<p>one \n\t two</p>";
        var (text, map) = Scan(html);
        Assert.Equal("one two", text);
        Span space = map.ToSource(new Span(3, 4));
        Assert.Equal(" \n\t ", html[space.Start..space.End]);
        Span two = map.ToSource(new Span(4, 7));
        Assert.Equal("two", html[two.Start..two.End]);
    }
}
