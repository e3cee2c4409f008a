using System.Collections.Frozen;
using Sitrep.Syntax.Models;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// What the treebank says about one word form: the classes it was seen with (its ambiguity class),
/// its commonest class (a cheap look-ahead for the word before it), and how the tagger decides it.
/// </summary>
public readonly record struct WordClasses(UInt128 Candidates, int Frequent, WordDecision Decision)
{
    public int CandidateCount => (int)UInt128.PopCount(Candidates);
    public bool Settled => Decision == WordDecision.Settle;
}

/// <summary>How the tagger decides a word's class.</summary>
public enum WordDecision : byte
{
    /// <summary>Scored over every class (unknown and rare words).</summary>
    Score = 0,
    /// <summary>Scored only over its ambiguity class (frequent words).</summary>
    Restrict = 1,
    /// <summary>Given its commonest class without scoring (frequent unambiguous words).</summary>
    Settle = 2,
}

/// <summary>
/// Word form → <see cref="WordClasses"/>, looked up by exact form, then lower-cased (sentence-initial
/// capitals). Only forms seen often enough to trust their ambiguity class are listed. Immutable.
/// </summary>
public sealed class TaggerLexicon
{
    public const int MaxClasses = 128;

    public TaggerLexicon(IReadOnlyDictionary<string, WordClasses> words, int classes)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (classes is < 1 or > MaxClasses) throw new ArgumentOutOfRangeException(nameof(classes), classes, $"a lexicon holds 1 to {MaxClasses} classes");
        foreach (var (word, entry) in words)
        {
            if (!Valid(entry, classes))
                throw new ArgumentException($"lexicon entry '{word}' has classes outside [0, {classes}) or a commonest class it does not allow", nameof(words));
        }
        Words = words.ToFrozenDictionary(StringComparer.Ordinal);
        Classes = classes;
    }

    public FrozenDictionary<string, WordClasses> Words { get; }
    public int Classes { get; }

    public bool TryGet(ReadOnlySpan<char> word, out WordClasses entry)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out entry)) return true;
        if (word.Length > 64 || !HasUpper(word)) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lookup.TryGetValue(lower, out entry);
    }

    private static bool Valid(WordClasses entry, int classes) =>
        entry.Candidates != UInt128.Zero
        && (classes == MaxClasses || entry.Candidates >> classes == UInt128.Zero)
        && entry.Frequent >= 0 && entry.Frequent < classes
        && (entry.Candidates & (UInt128.One << entry.Frequent)) != UInt128.Zero;

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsUpper(c)) return true;
        return false;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes);
        var entries = Words.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        writer.Write(entries.Length);
        foreach (var (word, entry) in entries)
        {
            writer.Write(word);
            writer.Write((ulong)entry.Candidates);
            writer.Write((ulong)(entry.Candidates >> 64));
            writer.Write((byte)entry.Frequent);
            writer.Write((byte)entry.Decision);
        }
    }

    public static TaggerLexicon Read(BinaryReader reader, int expectedClasses)
    {
        int classes = reader.ReadInt32();
        if (classes != expectedClasses) throw new ModelFormatException($"tagger lexicon has {classes} classes, expected {expectedClasses}");
        int count = ModelFile.ReadCount(reader, 1 << 22);
        var words = new Dictionary<string, WordClasses>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string word = reader.ReadString();
            ulong low = reader.ReadUInt64(), high = reader.ReadUInt64();
            var candidates = new UInt128(high, low);
            int frequent = reader.ReadByte();
            byte decision = reader.ReadByte();
            if (decision > (byte)WordDecision.Settle) throw new ModelFormatException($"tagger lexicon entry {i} ('{word}') has decision {decision}");
            if (!Valid(new WordClasses(candidates, frequent, (WordDecision)decision), classes))
                throw new ModelFormatException($"tagger lexicon entry {i} ('{word}') has classes out of range");
            words[word] = new WordClasses(candidates, frequent, (WordDecision)decision);
        }
        return new TaggerLexicon(words, classes);
    }
}
