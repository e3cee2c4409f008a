using Sitrep.Documents;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Training;

/// <summary>Scores the tokenizer and sentence splitter on a treebank's raw text and prints the commonest errors.</summary>
internal static class TokenizationReport
{
    public static int Run(string conllu, string lexiconPath, int showErrors)
    {
        var read = ConlluReader.ReadFile(conllu);
        if (!read.Succeeded) { Console.Error.WriteLine(read.Problem); return 1; }
        var lexicon = TokenizerLexicon.Load(lexiconPath);
        if (lexicon.Value is null) { Console.Error.WriteLine(lexicon.Problem); return 1; }
        UdRawText raw = UdRawText.Build(read.Sentences);
        var tokenizer = new Tokenizer(lexicon.Value);
        // The learned boundary model beside the lexicon, when there is one; else the rules alone.
        string boundaryPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(lexiconPath))!, Sitrep.Syntax.Models.LanguageModels.SentenceFile);
        SentenceBoundaryModel? boundaries = null;
        if (File.Exists(boundaryPath) && Environment.GetEnvironmentVariable("SITREP_RULE_SPLITTER") != "1")
        {
            var loaded = Sitrep.Syntax.Models.LanguageModels.ReadBinary(boundaryPath, SentenceBoundaryModel.Read);
            if (loaded.Value is null) { Console.Error.WriteLine(loaded.Problem); return 1; }
            boundaries = loaded.Value;
        }
        var splitter = new SentenceSplitter(lexicon.Value, null, boundaries);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Span> tokens = tokenizer.Tokenize(raw.Text);
        IReadOnlyList<Span> sentences = splitter.Split(raw.Text, tokens);
        watch.Stop();
        Console.WriteLine($"tokens    {SpanScore.Compute(raw.Words, tokens)}");
        Console.WriteLine($"sentences {SpanScore.Compute(raw.Sentences, sentences)}");
        Console.WriteLine($"time      {watch.Elapsed.TotalMilliseconds:F0} ms for {tokens.Count} tokens");
        if (showErrors > 0)
        {
            var gold = new HashSet<Span>(raw.Words);
            var predicted = new HashSet<Span>(tokens);
            var missed = raw.Words.Where(s => !predicted.Contains(s)).Select(s => "missed  " + Context(raw.Text, s));
            var extra = tokens.Where(s => !gold.Contains(s)).Select(s => "spurious " + Context(raw.Text, s));
            foreach (var group in missed.Concat(extra).GroupBy(x => x).OrderByDescending(g => g.Count()).Take(showErrors))
                Console.WriteLine($"{group.Count(),5} {group.Key}");
            var goldSentences = new HashSet<Span>(raw.Sentences);
            var predictedSentences = new HashSet<Span>(sentences);
            foreach (Span s in sentences.Where(s => !goldSentences.Contains(s)).Take(showErrors))
                Console.WriteLine($"sentence-spurious |{Clip(s.TextOf(raw.Text))}|");
            foreach (Span s in raw.Sentences.Where(s => !predictedSentences.Contains(s)).Take(showErrors))
                Console.WriteLine($"sentence-missed   |{Clip(s.TextOf(raw.Text))}|");
        }
        return 0;
    }

    private static string Context(string text, Span span) => span.Length > 2 ? span.TextOf(text).Replace('\n', ' ') : span.TextOf(text) + "  @ " + text.Substring(Math.Max(0, span.Start - 25), Math.Min(text.Length, span.End + 10) - Math.Max(0, span.Start - 25)).Replace('\n', '/');

    private static string Clip(string s)
    {
        s = s.Replace('\n', '/');
        return s.Length <= 90 ? s : s[..40] + " … " + s[^40..];
    }
}
