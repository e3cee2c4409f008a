using System.Collections.Immutable;
using Sitrep.Errors;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Reporting;

/// <summary>
/// The scores of a corpus: totals micro-averaged over every document (TP, FP and FN summed
/// before precision and recall are taken), per-field agreement over every paired event, each
/// document's evaluation, and the problems that kept files out of the score.
/// </summary>
public sealed record EvaluationReport(ImmutableArray<DocumentEvaluation> Documents, ImmutableArray<Problem> Problems)
{
    public PrecisionRecall Totals => Documents.Aggregate(PrecisionRecall.Zero, (sum, d) => sum + d.Score);

    public double Precision => Totals.Precision;
    public double Recall => Totals.Recall;
    public double F1 => Totals.F1;

    public int BackgroundCodedAsNew => Documents.Sum(d => d.BackgroundCodedAsNew);

    public FieldAgreement Fields => Documents.Aggregate(FieldAgreement.Empty, (sum, d) => sum.Add(d.Fields));

    /// <summary>True when some file could not be scored (a missing or malformed gold file).</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}
