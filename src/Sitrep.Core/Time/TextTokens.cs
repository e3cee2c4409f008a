using System.Buffers;
using System.Collections.Immutable;

namespace Sitrep.Time;

/// <summary>
/// What the tagger knows about one word before running any pattern: the rules it can begin, and a
/// bit per gate word list it belongs to (<see cref="RuleGate"/>), plus the article marks.
/// </summary>
internal sealed record WordEntry(ImmutableArray<TimeRule> Rules, uint Marks)
{
    /// <summary>"the", "a", "an": they begin an expression only before a temporal word or a number.</summary>
    public const uint Article = 1u << 31;

    /// <summary>A word after which an article may begin an expression ("the past", "a decade").</summary>
    public const uint ArticleFollower = 1u << 30;

    /// <summary>The bits left for gates.</summary>
    public const int GateBits = 30;
}

/// <summary>
/// The letter and digit runs of one text, cut as <see cref="Lexicons.TokenScanner"/> cuts them,
/// each with its <see cref="WordEntry"/>; found in one pass so that gates look ahead by index
/// instead of rescanning the text and hashing each word again for every rule. The arrays are
/// rented and go back to the pool on <see cref="Dispose"/>.
/// </summary>
internal sealed class TextTokens : IDisposable
{
    private readonly string _text;
    private int[] _starts;
    private int[] _ends;
    private WordEntry?[] _entries;

    private TextTokens(string text)
    {
        _text = text;
        _starts = ArrayPool<int>.Shared.Rent(256);
        _ends = ArrayPool<int>.Shared.Rent(256);
        _entries = ArrayPool<WordEntry?>.Shared.Rent(256);
    }

    public int Count { get; private set; }

    public int Start(int k) => _starts[k];

    public int End(int k) => _ends[k];

    public bool IsDigits(int k) => char.IsDigit(_text[_starts[k]]);

    /// <summary>The entry of a word token; null for digits and for words the rules never look at.</summary>
    public WordEntry? Entry(int k) => _entries[k];

    public uint Marks(int k) => _entries[k]?.Marks ?? 0;

    public static TextTokens Scan(string text, TimeRules rules, CancellationToken cancellationToken)
    {
        var tokens = new TextTokens(text);
        try
        {
            tokens.Fill(rules.Filter, rules, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            tokens.Dispose();
            throw;
        }
        return tokens;
    }

    private void Fill(TriggerFilter filter, TimeRules rules, CancellationToken cancellationToken)
    {
        string text = _text;
        for (int i = 0, n = text.Length; i < n;)
        {
            char c = text[i];
            int start = i;
            WordEntry? entry = null;
            if (char.IsAsciiLetter(c) || c > 127 && char.IsLetter(c))
            {
                while (++i < n && char.IsLetter(text[i])) { }
                if (filter.MayMatch(c, i - start)) rules.WordLookup.TryGetValue(text.AsSpan(start, i - start), out entry);
            }
            else if (char.IsAsciiDigit(c) || c > 127 && char.IsDigit(c))
            {
                while (++i < n && char.IsDigit(text[i])) { }
            }
            else
            {
                i++;
                continue;
            }
            if ((Count & 1023) == 1023) cancellationToken.ThrowIfCancellationRequested();
            Add(start, i, entry);
        }
    }

    private void Add(int start, int end, WordEntry? entry)
    {
        if (Count == _starts.Length || Count == _ends.Length || Count == _entries.Length)
        {
            _starts = Grow(ArrayPool<int>.Shared, _starts);
            _ends = Grow(ArrayPool<int>.Shared, _ends);
            _entries = Grow(ArrayPool<WordEntry?>.Shared, _entries);
        }
        _starts[Count] = start;
        _ends[Count] = end;
        _entries[Count] = entry;
        Count++;
    }

    private static T[] Grow<T>(ArrayPool<T> pool, T[] old)
    {
        T[] larger = pool.Rent(old.Length * 2);
        Array.Copy(old, larger, old.Length);
        pool.Return(old, clearArray: false);
        return larger;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_starts);
        ArrayPool<int>.Shared.Return(_ends);
        // Entries are shared, immutable and live as long as the rules, so holding them in the pool keeps nothing alive.
        ArrayPool<WordEntry?>.Shared.Return(_entries);
        Count = 0;
    }
}
