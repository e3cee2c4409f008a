using Sitrep.Errors;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Training;
using Sitrep.TestSupport;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Tests.Text;

public class SentenceBoundaryModelTests
{
    private static string TinyTreebank => Path.Combine(AppContext.BaseDirectory, "Syntax", "Cases", "tiny.conllu");

    [Theory]
    [InlineData("SDF raid in Hajin overnight: 9 suspected cell members arrested.")]
    [InlineData("Casualties so far: three killed and five wounded.")]
    public void Split_ModelThatAlwaysEnds_ColonGoingOnWithNumberOrLowerCase_DoesNotBreak(string text)
    {
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(text);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon, null, ConstantModel(ends: true)).Split(text, tokens);
        Assert.DoesNotContain(sentences, s => s.TextOf(text).EndsWith(':'));
    }

    [Fact]
    public void Split_ModelThatAlwaysEnds_BreaksAfterEveryToken()
    {
        const string text = "one two three\n\nfour";
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(text);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon, null, ConstantModel(ends: true)).Split(text, tokens);
        Assert.Equal(["one", "two", "three", "four"], sentences.Select(s => s.TextOf(text)));
    }

    [Fact]
    public void Split_ModelThatNeverEnds_StillBreaksAtBlankLines()
    {
        const string text = "One sentence. Another one.\n\nA new paragraph.";
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(text);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon, null, ConstantModel(ends: false)).Split(text, tokens);
        Assert.Equal(["One sentence. Another one.", "A new paragraph."], sentences.Select(s => s.TextOf(text)));
    }

    [Fact]
    public void Train_SameTextTwice_WritesIdenticalFilesThatReadBack()
    {
        UdRawText raw = UdRawText.Build(ConlluReader.ReadFile(TinyTreebank).Sentences);
        string first = Save(new SentenceBoundaryTrainer(3, 10, 1).Train(raw, TokenizerTests.Lexicon, TextWriter.Null));
        string second = Save(new SentenceBoundaryTrainer(3, 10, 1).Train(raw, TokenizerTests.Lexicon, TextWriter.Null));
        try
        {
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            var loaded = LanguageModels.ReadBinary(first, SentenceBoundaryModel.Read);
            Assert.NotNull(loaded.Value);
            var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(raw.Text);
            Assert.NotEmpty(new SentenceSplitter(TokenizerTests.Lexicon, null, loaded.Value).Split(raw.Text, tokens));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void ReadBinary_TaggerFileAsBoundaryModel_ReportsMalformedFile()
    {
        var result = LanguageModels.ReadBinary(RepoPaths.InRepo("data", "models", LanguageModels.TaggerFile), SentenceBoundaryModel.Read);
        Assert.Null(result.Value);
        Assert.Equal(ErrorCodes.MalformedDataFile, result.Problem!.Code);
    }

    [SharedDataFact("data", "ud_english_ewt")]
    public void Split_EwtTestWithShippedModel_MeetsF1Floor()
    {
        var read = ConlluReader.ReadFile(Path.Combine(RepoPaths.SharedPath("data", "ud_english_ewt")!, "en_ewt-ud-test.conllu"));
        var model = LanguageModels.ReadBinary(RepoPaths.InRepo("data", "models", LanguageModels.SentenceFile), SentenceBoundaryModel.Read).Value!;
        UdRawText raw = UdRawText.Build(read.Sentences);
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(raw.Text);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon, null, model).Split(raw.Text, tokens);
        // Measured 90.04 % when written (rules alone: 86.62 %).
        Assert.InRange(SpanScore.Compute(raw.Sentences, sentences).F1, 0.895, 1.0);
    }

    private static SentenceBoundaryModel ConstantModel(bool ends)
    {
        const int bits = 8;
        var weights = new float[(1 << bits) * 2];
        // Only the bias feature carries weight, so every candidate gets the same verdict.
        weights[FeatureHash.Bucket(FeatureHash.Start(1), bits) * 2 + (ends ? 1 : 0)] = 1000;
        return new SentenceBoundaryModel(new WeightTable(bits, 2, weights));
    }

    private static string Save(SentenceBoundaryModel model)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-sb-{Guid.NewGuid():N}.bin");
        model.Save(path);
        return path;
    }
}
