using System.Buffers;
using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger whose classes are UPOS|XPOS pairs. A lexicon
/// learned from the treebank settles frequent unambiguous words without scoring, can limit other
/// known words to the classes they were seen with, and gives the features each word's ambiguity
/// class and the next words' commonest classes. Allocates nothing per sentence up to 256 tokens.
/// Immutable and thread-safe.
/// </summary>
public sealed class TaggerModel
{
    public const string Kind = "pos-tagger";
    public const int Version = 2;
    private const int Start = -1;
    private const int StackLimit = 256;

    public TaggerModel(ImmutableArray<string> upos, ImmutableArray<string> xpos, TaggerWeights weights, TaggerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (upos.Length != xpos.Length || upos.Length != weights.Classes || upos.Length != lexicon.Classes)
            throw new ArgumentException("class lists, weights and lexicon disagree on the number of classes");
        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        Lexicon = lexicon;
        Lexical = LexicalScores.Build(lexicon, weights);
    }

    public ImmutableArray<string> Upos { get; }
    public ImmutableArray<string> Xpos { get; }
    public TaggerWeights Weights { get; }
    public TaggerLexicon Lexicon { get; }
    internal LexicalScores Lexical { get; }
    public int Classes => Upos.Length;

    /// <summary>Writes the class of each token of one sentence into <paramref name="classes"/>.</summary>
    public void Tag(string text, ReadOnlySpan<Span> tokens, Span<int> classes)
    {
        int n = tokens.Length;
        if (n == 0) return;
        int origin = tokens[0].Start, length = tokens[n - 1].End - origin;
        char[]? rentedLower = null;
        Span<char> lower = length <= StackLimit * 4 ? stackalloc char[length] : (rentedLower = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        text.AsSpan(origin, length).ToLowerInvariant(lower);
        WordClasses[]? rentedWords = null;
        int[]? rentedKnown = null;
        ulong[]? rentedAmbiguity = null;
        int[]? rentedRows = null;
        Span<WordClasses> words = n <= StackLimit ? stackalloc WordClasses[n] : (rentedWords = ArrayPool<WordClasses>.Shared.Rent(n)).AsSpan(0, n);
        Span<int> known = n <= StackLimit ? stackalloc int[n] : (rentedKnown = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
        Span<ulong> ambiguity = n <= StackLimit ? stackalloc ulong[n] : (rentedAmbiguity = ArrayPool<ulong>.Shared.Rent(n)).AsSpan(0, n);
        Span<int> rows = n <= StackLimit ? stackalloc int[n] : (rentedRows = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Classes];
        Span<int> candidates = stackalloc int[Classes];
        Prepare(text, tokens, words, rows, known, ambiguity);
        int previous1 = Start, previous2 = Start;
        for (int i = 0; i < n; i++)
        {
            WordClasses word = words[i];
            int best;
            if (word.Settled) best = word.Frequent;
            else
            {
                if (rows[i] >= 0)
                {
                    int count = TaggerFeatures.ExtractContext(text, lower, origin, tokens, i, previous1, previous2, features, known, ambiguity);
                    Lexical.Row(rows[i]).CopyTo(scores);
                    Weights.Add(features[..count], scores);
                }
                else
                {
                    int count = TaggerFeatures.Extract(text, lower, origin, tokens, i, previous1, previous2, features, known, ambiguity);
                    Weights.Score(features[..count], scores);
                }
                best = word.Decision == WordDecision.Score ? ArgMax(scores[..Classes]) : ArgMax(scores, Expand(word.Candidates, candidates));
            }
            classes[i] = best;
            previous2 = previous1;
            previous1 = best;
        }
        if (rentedLower is not null) ArrayPool<char>.Shared.Return(rentedLower);
        if (rentedWords is not null) ArrayPool<WordClasses>.Shared.Return(rentedWords);
        if (rentedKnown is not null) ArrayPool<int>.Shared.Return(rentedKnown);
        if (rentedAmbiguity is not null) ArrayPool<ulong>.Shared.Return(rentedAmbiguity);
        if (rentedRows is not null) ArrayPool<int>.Shared.Return(rentedRows);
    }

    /// <summary>Looks every token up once: its lexicon entry, word row (-1 when none), commonest class (-1 when unlisted) and ambiguity-class hash (0 when unlisted).</summary>
    internal void Prepare(string text, ReadOnlySpan<Span> tokens, Span<WordClasses> words, Span<int> rows, Span<int> known, Span<ulong> ambiguity)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            Lexical.TryGet(TaggerFeatures.Word(text, tokens, i), out WordClasses entry, out int row);
            words[i] = entry;
            rows[i] = row;
        }
        Describe(words, known, ambiguity);
    }

    /// <summary>Derives each word's look-ahead class and ambiguity hash from its lexicon entry (default when unlisted).</summary>
    internal static void Describe(ReadOnlySpan<WordClasses> words, Span<int> known, Span<ulong> ambiguity)
    {
        for (int i = 0; i < words.Length; i++)
        {
            bool listed = words[i].Candidates != UInt128.Zero;
            known[i] = listed ? words[i].Frequent : -1;
            ambiguity[i] = listed ? AmbiguityHash(words[i].Candidates) : 0;
        }
    }

    private static ulong AmbiguityHash(UInt128 candidates) =>
        ((ulong)candidates * 0x9E3779B97F4A7C15UL) ^ ((ulong)(candidates >> 64) * 0xC2B2AE3D27D4EB4FUL) | 2;

    /// <summary>Lists the classes set in <paramref name="mask"/> into <paramref name="buffer"/>.</summary>
    internal static Span<int> Expand(UInt128 mask, Span<int> buffer)
    {
        int n = 0;
        while (mask != UInt128.Zero)
        {
            buffer[n++] = (int)UInt128.TrailingZeroCount(mask);
            mask &= mask - UInt128.One;
        }
        return buffer[..n];
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<int> candidates)
    {
        int best = candidates[0];
        foreach (int c in candidates) if (scores[c] > scores[best]) best = c;
        return best;
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), ModelFile.Encoding);
        ModelFile.WriteHeader(writer, Kind, Version);
        ModelFile.WriteStrings(writer, Upos);
        ModelFile.WriteStrings(writer, Xpos);
        Lexicon.Write(writer);
        Weights.Write(writer);
    }

    public static TaggerModel Read(BinaryReader reader)
    {
        ModelFile.ReadHeader(reader, Kind, Version);
        string[] upos = ModelFile.ReadStrings(reader, TaggerLexicon.MaxClasses);
        string[] xpos = ModelFile.ReadStrings(reader, TaggerLexicon.MaxClasses);
        if (upos.Length != xpos.Length || upos.Length == 0) throw new ModelFormatException("UPOS and XPOS class lists differ in length or are empty");
        var lexicon = TaggerLexicon.Read(reader, upos.Length);
        return new TaggerModel([.. upos], [.. xpos], TaggerWeights.Read(reader, upos.Length), lexicon);
    }
}
