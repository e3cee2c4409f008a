using Sitrep.Documents;

namespace Sitrep.Syntax.Evaluation;

/// <summary>Precision, recall and F1 of predicted spans against gold spans, matched exactly by offsets.</summary>
public sealed record SpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SpanScore Compute(IEnumerable<Span> gold, IEnumerable<Span> predicted)
    {
        var goldSet = new HashSet<Span>(gold);
        var predictedSet = new HashSet<Span>(predicted);
        int correct = predictedSet.Count(goldSet.Contains);
        return new SpanScore(goldSet.Count, predictedSet.Count, correct);
    }

    public override string ToString() => $"P {Precision:P2} R {Recall:P2} F1 {F1:P2} (gold {Gold}, predicted {Predicted}, correct {Correct})";
}
