using System.Collections.Immutable;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.Text.Tokens;

namespace Sitrep.Tests.Syntax.Evaluation;

public class UdEvaluatorTests
{
    [Fact]
    public void Evaluate_GoldLemmaMissing_CountsAnyLemmaRight()
    {
        TrainedModels tiny = TrainedModels.Tiny;
        TokenizerLexicon lexicon = TokenizerLexicon.Parse(["sitrep-tokenizer-lexicon 1"], "test").Value!;
        var evaluator = new UdEvaluator(new LanguageModels(lexicon, tiny.Tagger, tiny.Lemmatizer, tiny.Parser));
        ImmutableArray<ConlluWord> words = [new("Xqzv", "_", "X", "GW", 0, "root"), new("Wvkq", "no-such-lemma", "X", "GW", 1, "dep")];
        UdScores scores = evaluator.Evaluate([new ConlluSentence(words, [])]);
        Assert.Equal(2, scores.Words);
        Assert.Equal(1, scores.Lemma);
    }
}
