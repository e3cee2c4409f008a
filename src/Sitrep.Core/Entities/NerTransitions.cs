using System.Collections.Immutable;

namespace Sitrep.Entities;

/// <summary>
/// Which label may follow which, and each label's BIO reading. BIO: I-X only after B-X or I-X.
/// BILOU (a model with L- or U- labels): I-X and L-X only after B-X or I-X, and after B-X or I-X
/// only I-X or L-X, so every mention is closed explicitly. Computed once per model.
/// </summary>
internal sealed class NerTransitions
{
    private readonly bool[][] _allowed;
    private readonly bool[] _opens;

    public NerTransitions(ImmutableArray<string> labels)
    {
        bool bilou = labels.Any(l => l.StartsWith("L-", StringComparison.Ordinal) || l.StartsWith("U-", StringComparison.Ordinal));
        _allowed = new bool[labels.Length + 1][];
        for (int p = -1; p < labels.Length; p++)
        {
            string previous = p < 0 ? "<s>" : labels[p];
            _allowed[p + 1] = [.. labels.Select(l => Allows(previous, l, bilou))];
        }
        _opens = [.. labels.Select(l => bilou && (l.StartsWith("B-", StringComparison.Ordinal) || l.StartsWith("I-", StringComparison.Ordinal)))];
        Bio = [.. labels.Select(l => l.StartsWith("U-", StringComparison.Ordinal) ? "B-" + l[2..] : l.StartsWith("L-", StringComparison.Ordinal) ? "I-" + l[2..] : l)];
    }

    /// <summary>The BIO form of each label, by index.</summary>
    public ImmutableArray<string> Bio { get; }

    /// <summary>True when the label with index <paramref name="label"/> leaves a mention open (B- or I- of a BILOU model), so a sentence may not end on it.</summary>
    public bool Opens(int label) => label >= 0 && _opens[label];

    /// <summary>The labels allowed after the label with index <paramref name="previous"/> (−1 at the start of a sentence).</summary>
    public bool[] Allowed(int previous) => _allowed[previous + 1];

    private static bool Allows(string previous, string label, bool bilou)
    {
        bool open = previous.StartsWith("B-", StringComparison.Ordinal) || previous.StartsWith("I-", StringComparison.Ordinal);
        bool continues = label.StartsWith("I-", StringComparison.Ordinal) || label.StartsWith("L-", StringComparison.Ordinal);
        if (continues) return open && previous.AsSpan(2).SequenceEqual(label.AsSpan(2));
        return !(bilou && open);
    }

    /// <summary>BIO labels of one sentence rewritten as BILOU: single-word mentions U-, last words L-.</summary>
    public static string[] ToBilou(IReadOnlyList<string> bio)
    {
        var result = new string[bio.Count];
        for (int i = 0; i < bio.Count; i++)
        {
            string label = bio[i];
            bool continued = i + 1 < bio.Count && bio[i + 1].StartsWith("I-", StringComparison.Ordinal) && label.Length > 2 && bio[i + 1].AsSpan(2).SequenceEqual(label.AsSpan(2));
            result[i] = label.StartsWith("B-", StringComparison.Ordinal) ? (continued ? label : "U-" + label[2..])
                : label.StartsWith("I-", StringComparison.Ordinal) ? (continued ? label : "L-" + label[2..])
                : label;
        }
        return result;
    }
}
