using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text.Tokens;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Text;

public class TokenizerTests
{
    internal static TokenizerLexicon Lexicon { get; } =
        TokenizerLexicon.Load(RepoPaths.InRepo("data", "models", "tokenizer-en.txt")).Value
        ?? throw new InvalidOperationException("data/models/tokenizer-en.txt did not load");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Text", "Cases", "tokenizer-cases.txt")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            string[] parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_GoldenCase_MatchesExpectedTokens(string input, string expected)
    {
        var tokens = new Tokenizer(Lexicon).Tokenize(input);
        Assert.Equal(expected, string.Join(" | ", tokens.Select(t => t.TextOf(input))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Tokenize_NoText_NoTokens(string input)
    {
        Assert.Empty(new Tokenizer(Lexicon).Tokenize(input));
    }

    [Fact]
    public void Tokenize_AdversarialInput_SpansAreOrderedDisjointAndNonEmpty()
    {
        var random = new Random(7);
        string[] pieces = ["a", "B", "'", "’", ".", "-", "n't", "'s", "http://", "@", "#", "😀", "👍🏽", "Ж", "سلام", "中文", ":)", ",", "1", "$", " ", "\n", "...", "\u200B", "U.S.", "\"", "(", ")"];
        var tokenizer = new Tokenizer(Lexicon);
        for (int round = 0; round < 2000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            AssertValid(text, tokenizer.Tokenize(text));
        }
        string noSpaces = new('x', 100_000);
        var longTokens = tokenizer.Tokenize(noSpaces);
        AssertValid(noSpaces, longTokens);
        Assert.Single(longTokens);
    }

    [Fact]
    public void Process_Document_AddsTokensLayerThatPassesInvariants()
    {
        var document = new Document("Russia's troops didn't advance.", new DocumentMetadata { Source = "test" });
        Document tokenized = new Tokenizer(Lexicon).Process(document, CancellationToken.None);
        Assert.Equal(7, tokenized.Get(Tokenizer.Layer).Length);
        Assert.Empty(LayerInvariants.CheckAll(tokenized));
    }

    private static void AssertValid(string text, IReadOnlyList<Span> tokens)
    {
        int previousEnd = 0;
        foreach (Span span in tokens)
        {
            Assert.True(span.Start >= previousEnd, $"token {span} overlaps or precedes {previousEnd} in '{text}'");
            Assert.True(span.Length > 0 && span.End <= text.Length);
            Assert.False(char.IsLowSurrogate(text[span.Start]), $"token {span} splits a surrogate pair in '{text}'");
            previousEnd = span.End;
        }
    }
}
