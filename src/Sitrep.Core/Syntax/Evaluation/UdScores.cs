namespace Sitrep.Syntax.Evaluation;

/// <summary>Word-level accuracies against a gold treebank (CoNLL 2018 definitions with gold tokenization).</summary>
public sealed record UdScores(int Words, int Upos, int Xpos, int Lemma, int Uas, int Las)
{
    public double UposAccuracy => Ratio(Upos);
    public double XposAccuracy => Ratio(Xpos);
    public double LemmaAccuracy => Ratio(Lemma);
    public double UasScore => Ratio(Uas);
    public double LasScore => Ratio(Las);

    private double Ratio(int correct) => Words == 0 ? 0 : (double)correct / Words;

    public override string ToString() =>
        $"words {Words}  UPOS {UposAccuracy:P2}  XPOS {XposAccuracy:P2}  lemma {LemmaAccuracy:P2}  UAS {UasScore:P2}  LAS {LasScore:P2}";
}
