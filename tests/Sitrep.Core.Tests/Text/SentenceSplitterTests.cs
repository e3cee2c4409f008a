using Sitrep.Syntax.Models;
using Sitrep.TestSupport;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Tests.Text;

public class SentenceSplitterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Text", "Cases", "sentence-cases.txt")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            string[] parts = line.Split('\t');
            data.Add(parts[0].Replace("\\n", "\n", StringComparison.Ordinal), parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_GoldenCase_MatchesExpectedSentences(string input, string expected)
    {
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(input);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon).Split(input, tokens);
        Assert.Equal(expected, string.Join(" || ", sentences.Select(s => s.TextOf(input).Replace("\n", " ", StringComparison.Ordinal))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_GoldenCaseWithShippedModel_MatchesExpectedSentences(string input, string expected)
    {
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(input);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon, null, ShippedModel).Split(input, tokens);
        Assert.Equal(expected, string.Join(" || ", sentences.Select(s => s.TextOf(input).Replace("\n", " ", StringComparison.Ordinal))));
    }

    private static SentenceBoundaryModel ShippedModel { get; } =
        LanguageModels.ReadBinary(RepoPaths.InRepo("data", "models", LanguageModels.SentenceFile), SentenceBoundaryModel.Read).Value!;

    [Fact]
    public void Split_VeryLongRunOn_IsCutAtMaxTokens()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(text);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon).Split(text, tokens);
        Assert.Equal(3, sentences.Count);
    }
}
