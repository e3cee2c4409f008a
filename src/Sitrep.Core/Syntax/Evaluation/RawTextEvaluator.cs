using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Models;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Syntax.Evaluation;

/// <summary>
/// Scores the tokenizer and sentence splitter from raw text: the treebank's text is rebuilt from
/// its <c># text</c> comments (see <see cref="UdRawText"/>), tokenized and split, and the spans
/// are matched to the gold words and sentences by character offsets.
/// </summary>
public sealed class RawTextEvaluator(LanguageModels models)
{
    public RawTextEvalResult EvaluateFile(string path)
    {
        var read = ConlluReader.ReadFile(path);
        return read.Succeeded ? new RawTextEvalResult(Evaluate(read.Sentences), null) : new RawTextEvalResult(null, read.Problem);
    }

    public RawTextScores Evaluate(IReadOnlyList<ConlluSentence> gold)
    {
        UdRawText raw = UdRawText.Build(gold);
        IReadOnlyList<Span> tokens = new Tokenizer(models.Tokenizer).Tokenize(raw.Text);
        IReadOnlyList<Span> sentences = models.SentenceSplitter().Split(raw.Text, tokens);
        return new RawTextScores(SpanScore.Compute(raw.Words, tokens), SpanScore.Compute(raw.Sentences, sentences));
    }
}

/// <summary>Token and sentence precision, recall and F1 from raw text.</summary>
public sealed record RawTextScores(SpanScore Tokens, SpanScore Sentences)
{
    public override string ToString() => $"tokens {Tokens}\nsentences {Sentences}";
}

/// <summary>The raw-text scores of a treebank file, or why it could not be read.</summary>
public sealed record RawTextEvalResult(RawTextScores? Scores, Problem? Problem);
