using Sitrep.Documents;
using Sitrep.Syntax.Models;

namespace Sitrep.Text.Sentences;

/// <summary>
/// An averaged-perceptron classifier over candidate sentence boundaries (every gap between two
/// tokens of a paragraph), trained on UD EWT. It sees the hand-written splitter's vote as one
/// feature among the surrounding words, so it keeps the rules where they hold and learns the web
/// and e-mail conventions they miss. Immutable once loaded.
/// </summary>
public sealed class SentenceBoundaryModel
{
    public const string Kind = "sentence-boundaries";
    public const int Version = 1;

    // Every token gap is scored, so the lookups must hit cache: the dense table is 2^Bits rows, mostly empty.
    private readonly CompactWeightTable _scoring;

    /// <summary>Class 0: the sentence goes on; class 1: it ends after the token.</summary>
    public SentenceBoundaryModel(WeightTable weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Classes != 2) throw new ArgumentException("a boundary model has two classes", nameof(weights));
        Weights = weights;
        _scoring = CompactWeightTable.From(weights);
    }

    public WeightTable Weights { get; }

    /// <summary>
    /// True when the sentence ends after token <paramref name="i"/>, given how many tokens the
    /// sentence holds so far, how many remain in the paragraph, and the rules' vote.
    /// </summary>
    public bool Ends(string text, IReadOnlyList<Span> tokens, int i, int sinceStart, int toEnd, bool rule)
    {
        Span<ulong> features = stackalloc ulong[BoundaryFeatures.MaxFeatures];
        int n = BoundaryFeatures.Extract(text, tokens, i, sinceStart, toEnd, rule, features);
        TwoClassScores scores = _scoring.ScoreTwoClasses(features[..n]);
        return scores.Class1 > scores.Class0;
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, ModelFile.Encoding);
        ModelFile.WriteHeader(writer, Kind, Version);
        ModelFile.WriteWeights(writer, Weights, prune: 1e-3f);
    }

    public static SentenceBoundaryModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ModelFile.ReadHeader(reader, Kind, Version);
        return new SentenceBoundaryModel(ModelFile.ReadWeights(reader, 2));
    }
}
