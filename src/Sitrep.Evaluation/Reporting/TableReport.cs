using System.Globalization;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Reporting;

internal static class TableReport
{
    public static void Write(EvaluationReport report, TextWriter writer)
    {
        int width = Math.Max(8, report.Documents.Select(d => d.Doc.Length).DefaultIfEmpty(0).Max());
        writer.WriteLine(Row(width, "document", "tp", "fp", "fn", "precision", "recall", "f1", "bg-as-new"));
        foreach (DocumentEvaluation document in report.Documents)
            writer.WriteLine(ScoreRow(width, document.Doc, document.Score, document.BackgroundCodedAsNew));
        writer.WriteLine(new string('-', width + 56));
        writer.WriteLine(ScoreRow(width, "TOTAL", report.Totals, report.BackgroundCodedAsNew));
        writer.WriteLine();
        writer.WriteLine($"{"field",-16} {"agree",6} {"paired",6} {"rate",7}");
        foreach (FieldScore field in report.Fields.Scores)
            writer.WriteLine($"{field.Field,-16} {field.Agree,6} {field.Total,6} {Rate(field.Rate),7}");
        if (!report.Problems.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Problems.Where(p => p.IsError).Select(p => p.Subject).Distinct().Count()} file(s) not scored, {report.Problems.Count(p => !p.IsError)} warning(s); the problems are listed separately."));
        }
    }

    internal static string Rate(double? rate) => rate is double r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string ScoreRow(int width, string name, PrecisionRecall score, int backgroundAsNew) =>
        Row(width, name, Int(score.TruePositives), Int(score.FalsePositives), Int(score.FalseNegatives),
            Rate(score.Precision), Rate(score.Recall), Rate(score.F1), Int(backgroundAsNew));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Row(int width, string name, string tp, string fp, string fn, string precision, string recall, string f1, string background) =>
        $"{name.PadRight(width)} {tp,4} {fp,4} {fn,4} {precision,9} {recall,7} {f1,7} {background,9}";
}
