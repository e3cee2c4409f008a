using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// A greedy arc-hybrid dependency parser: an averaged perceptron picks shift, left-arc or
/// right-arc, and a second one labels each arc when its dependent is complete. Immutable; the
/// per-sentence state lives in a <see cref="ParserWorkspace"/> the caller reuses.
/// </summary>
public sealed class ParserModel
{
    public const string Kind = "dependency-parser";
    public const int Version = 1;

    public ParserModel(ImmutableArray<string> labels, WeightTable transitions, WeightTable labelWeights)
        : this(labels, transitions, labelWeights, packedScoring: true)
    {
    }

    /// <param name="packedScoring">False scores the tables as they are even when they could be packed (to compare the two).</param>
    internal ParserModel(ImmutableArray<string> labels, WeightTable transitions, WeightTable labelWeights, bool packedScoring)
    {
        if (transitions.Classes != 3) throw new ArgumentException("the transition table must have 3 classes", nameof(transitions));
        if (labelWeights.Classes != labels.Length) throw new ArgumentException("label table and label list disagree", nameof(labelWeights));
        Labels = labels;
        Transitions = transitions;
        LabelWeights = labelWeights;
        _packedTransitions = packedScoring ? PackedThreeClassTable.TryFrom(transitions) : null;
        _packedLabels = packedScoring ? HalfSparseWeightTable.TryFrom(labelWeights) : null;
        _sparseLabels = _packedLabels is null ? SparseWeightTable.From(labelWeights) : null;
    }

    // A loaded model's weights are half floats, so its tables are scored from packed copies with the
    // same sums: transitions in 8 bytes a row instead of 12, labels in 4 bytes a weight instead of 8
    // (15.9 MB -> 10.3 MB in all), which cuts the parser's time inside the pipeline by about a tenth.
    // A table straight from training (full floats) is scored as it is.
    private readonly PackedThreeClassTable? _packedTransitions;
    private readonly HalfSparseWeightTable? _packedLabels;
    private readonly SparseWeightTable? _sparseLabels;

    /// <summary>Bytes the tables the parser scores take in memory (their packed copies when it has them).</summary>
    public long ScoringBytes =>
        (_packedTransitions?.MemoryBytes ?? (1L << Transitions.Bits) * 3 * sizeof(float))
        + (_packedLabels?.MemoryBytes ?? _sparseLabels!.MemoryBytes);

    public ImmutableArray<string> Labels { get; }
    public WeightTable Transitions { get; }
    public WeightTable LabelWeights { get; }

    /// <summary>Parses one sentence: <paramref name="tags"/> are tagger classes; heads are word indices (-1 for the root).</summary>
    public void Parse(string text, ReadOnlySpan<Span> tokens, ReadOnlySpan<int> tags, ParserWorkspace workspace, Span<int> heads, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ParserState state = workspace.State;
        state.Reset(text, tokens);
        var features = new ParserFeatures(tags, state);
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxTransitionFeatures];
        Span<float> scores = stackalloc float[Math.Max(3, Labels.Length)];
        while (!state.IsTerminal)
        {
            // A forced move needs no features or scores: BestValid would pick it whatever they were.
            int action = state.Forced;
            if (action < 0)
            {
                int n = features.Transition(f);
                ScoreTransitions(f[..n], scores);
                action = BestValid(state, scores);
            }
            int label = action == ParserState.Shift ? ParserState.None : BestLabel(features, state.HeadFor(action), state.Stack(0), f, scores);
            state.Apply(action, label);
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            heads[i] = state.Heads[i + 1] - 1;
            labels[i] = state.Labels[i + 1];
        }
    }

    internal void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (_packedTransitions is not null) _packedTransitions.Score(features, scores);
        else Transitions.ScoreThreeClasses(features, scores);
    }

    internal static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int a = 0; a < 3; a++)
        {
            if (state.IsValid(a) && (best < 0 || scores[a] > scores[best])) best = a;
        }
        return best;
    }

    internal int BestLabel(ParserFeatures features, int head, int dependent, Span<ulong> f, Span<float> scores)
    {
        int n = features.Label(head, dependent, f);
        if (_packedLabels is not null) _packedLabels.Score(f[..n], scores);
        else _sparseLabels!.Score(f[..n], scores);
        return TaggerModel.ArgMax(scores[..Labels.Length]);
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), ModelFile.Encoding);
        ModelFile.WriteHeader(writer, Kind, Version);
        ModelFile.WriteStrings(writer, Labels);
        ModelFile.WriteWeights(writer, Transitions, prune: 0.001f);
        ModelFile.WriteWeights(writer, LabelWeights, prune: 0.001f);
    }

    public static ParserModel Read(BinaryReader reader)
    {
        ModelFile.ReadHeader(reader, Kind, Version);
        string[] labels = ModelFile.ReadStrings(reader, 255);
        WeightTable transitions = ModelFile.ReadWeights(reader, 3);
        WeightTable labelWeights = ModelFile.ReadWeights(reader, labels.Length);
        return new ParserModel([.. labels], transitions, labelWeights);
    }
}

/// <summary>Reusable scratch state for parsing, one per thread.</summary>
public sealed class ParserWorkspace
{
    internal ParserState State { get; } = new();
}
