using Sitrep.Lexicons;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public class TextTokensTests
{
    [Theory]
    [InlineData("On 10/01/2022, the army said 2.5 million — «Qué pasó?» — naïve 1990s x2y3.")]
    [InlineData("  ")]
    [InlineData("")]
    [InlineData("٣ أيام ago; Ⅻ o'clock, Müller's 3rd")]
    public void Scan_AnyText_CutsTheRunsTokenScannerCuts(string text)
    {
        using TextTokens tokens = TextTokens.Scan(text, TimeRules.Default, CancellationToken.None);
        int k = 0;
        for (int s = TokenScanner.Next(text, 0, out int e); s >= 0; s = TokenScanner.Next(text, e, out e), k++)
        {
            Assert.True(k < tokens.Count, $"token {k} [{s}, {e}) missing");
            Assert.Equal((s, e), (tokens.Start(k), tokens.End(k)));
        }
        Assert.Equal(k, tokens.Count);
    }

    [Fact]
    public void Scan_MoreTokensThanFirstRental_KeepsThemAll()
    {
        string text = string.Join(' ', Enumerable.Repeat("on Monday 12", 400));
        using TextTokens tokens = TextTokens.Scan(text, TimeRules.Default, CancellationToken.None);
        Assert.Equal(1200, tokens.Count);
        Assert.Equal(text.Length, tokens.End(tokens.Count - 1));
        Assert.True(tokens.IsDigits(1199));
    }

    [Fact]
    public void Scan_TemporalAndPlainWords_CarryEntriesOnlyForWordsTheRulesUse()
    {
        const string text = "The army said on Monday";
        using TextTokens tokens = TextTokens.Scan(text, TimeRules.Default, CancellationToken.None);
        Assert.NotEqual(0u, tokens.Marks(0) & WordEntry.Article);
        Assert.Null(tokens.Entry(1));
        Assert.False(tokens.Entry(4)!.Rules.IsEmpty);
    }

    [Fact]
    public void Scan_CancelledToken_Throws()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 5000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => TextTokens.Scan(text, TimeRules.Default, cancelled.Token));
    }
}
