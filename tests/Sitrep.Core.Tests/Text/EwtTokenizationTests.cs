using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Text;

public class EwtTokenizationTests
{
    [SharedDataFact("data", "ud_english_ewt")]
    public void Tokenize_EwtTestRawText_MeetsF1Floors()
    {
        string path = Path.Combine(RepoPaths.SharedPath("data", "ud_english_ewt")!, "en_ewt-ud-test.conllu");
        var read = ConlluReader.ReadFile(path);
        Assert.True(read.Succeeded, read.Problem?.ToString());
        UdRawText raw = UdRawText.Build(read.Sentences);
        var tokens = new Tokenizer(TokenizerTests.Lexicon).Tokenize(raw.Text);
        var sentences = new SentenceSplitter(TokenizerTests.Lexicon).Split(raw.Text, tokens);
        // Measured 99.19 % and 86.62 % when written; the floors sit just below.
        Assert.InRange(SpanScore.Compute(raw.Words, tokens).F1, 0.99, 1.0);
        Assert.InRange(SpanScore.Compute(raw.Sentences, sentences).F1, 0.86, 1.0);
    }
}
