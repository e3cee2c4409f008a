using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Evaluation;

/// <summary>
/// Re-tags and re-parses a gold treebank with its own tokenization and scores UPOS, XPOS, lemma,
/// UAS and LAS (the CoNLL 2018 definitions: lemmas compared exactly, LAS on universal relations).
/// </summary>
public sealed class UdEvaluator(LanguageModels models)
{
    public UdEvalResult EvaluateFile(string path)
    {
        var read = ConlluReader.ReadFile(path);
        return read.Succeeded ? new UdEvalResult(Evaluate(read.Sentences), null) : new UdEvalResult(null, read.Problem);
    }

    public UdScores Evaluate(IReadOnlyList<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        PosTagger tagger = models.PosTagger;
        var workspace = new ParserWorkspace();
        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        int[] heads = new int[16], labels = new int[16];
        var tags = new List<PosTag>();
        int[] scratch = new int[16];
        foreach (ConlluSentence sentence in gold)
        {
            (string text, Span[] spans) = Join(sentence);
            if (scratch.Length < spans.Length)
            {
                scratch = new int[spans.Length * 2];
                heads = new int[spans.Length * 2];
                labels = new int[spans.Length * 2];
            }
            tags.Clear();
            tagger.Tag(text, spans, tags, scratch);
            models.Parser.Parse(text, spans, scratch.AsSpan(0, spans.Length), workspace, heads, labels);
            for (int i = 0; i < spans.Length; i++)
            {
                ConlluWord word = sentence.Words[i];
                words++;
                if (tags[i].Upos == word.Upos) upos++;
                if (tags[i].Xpos == word.Xpos) xpos++;
                // CoNLL 2018 counts any lemma right where the gold lemma is missing ("_").
                if (tags[i].Lemma == word.Lemma || word.Lemma == "_") lemma++;
                if (heads[i] == word.Head)
                {
                    uas++;
                    if (UniversalPart(models.Parser.Labels[labels[i]]).SequenceEqual(UniversalPart(word.Relation))) las++;
                }
            }
        }
        return new UdScores(words, upos, xpos, lemma, uas, las);
    }

    /// <summary>CoNLL 2018 LAS compares only the universal part of a relation ("nmod" for "nmod:poss").</summary>
    public static ReadOnlySpan<char> UniversalPart(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    /// <summary>The sentence's words joined by single spaces, with each word's span.</summary>
    public static (string Text, Span[] Spans) Join(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var spans = new Span[sentence.Words.Length];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < spans.Length; i++)
        {
            if (i > 0) text.Append(' ');
            int start = text.Length;
            text.Append(sentence.Words[i].Form);
            spans[i] = new Span(start, text.Length);
        }
        return (text.ToString(), spans);
    }
}

/// <summary>The scores of a treebank file, or why it could not be read.</summary>
public sealed record UdEvalResult(UdScores? Scores, Problem? Problem);
