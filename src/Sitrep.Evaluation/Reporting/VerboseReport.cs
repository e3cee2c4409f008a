using System.Globalization;
using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Matching;
using Sitrep.Evaluation.Scoring;
using Sitrep.Events;

namespace Sitrep.Evaluation.Reporting;

internal static class VerboseReport
{
    public static void Write(EvaluationReport report, TextWriter writer)
    {
        foreach (DocumentEvaluation document in report.Documents)
        {
            PrecisionRecall s = document.Score;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"== {document.Doc}: tp {s.TruePositives}, fp {s.FalsePositives}, fn {s.FalseNegatives}; precision {s.Precision:0.000}, recall {s.Recall:0.000}, f1 {s.F1:0.000}"));
            foreach (FalsePositive miss in document.FalsePositives)
            {
                writer.WriteLine($"  FP {miss.Predicted.Id}: {Describe(miss.Predicted)}");
                writer.WriteLine($"     evidence: \"{miss.Evidence}\"");
                writer.WriteLine($"     {Nearest("gold", miss.Nearest)}");
            }
            foreach (FalseNegative miss in document.FalseNegatives)
            {
                writer.WriteLine($"  FN {miss.Gold.Id}: {Describe(miss.Gold)}");
                writer.WriteLine($"     evidence: \"{miss.Gold.Evidence}\"");
                writer.WriteLine($"     {Nearest("prediction", miss.Nearest)}");
            }
            foreach (PairedEvent pair in document.Pairs)
            {
                string kind = pair.Gold.Required ? "TP" : "optional";
                var disagreements = pair.Fields.Where(c => !c.Agrees).Select(c => $"{c.Field} {c.Predicted} (gold {c.Gold})").ToList();
                string detail = disagreements.Count == 0 ? "all fields agree" : "differs in " + string.Join("; ", disagreements);
                writer.WriteLine($"  {kind} {pair.Predicted.Id} = gold {pair.Gold.Id}: {detail}");
                if (pair.IsBackgroundCodedAsNew) writer.WriteLine($"     background event {pair.Gold.Id} reported as new");
            }
        }
    }

    private static string Nearest(string side, NearestCandidate? nearest) =>
        nearest is null ? $"no {side} event to compare with" : $"nearest {side} {nearest.Id}: {nearest.Reason}";

    private static string Describe(ConflictEvent e) =>
        $"{e.EventType} / {e.SubEventType}, {Day(e.Date.Start)}, {e.Place.Location ?? e.Place.Admin1 ?? "?"} ({e.Place.Country})";

    private static string Describe(GoldEvent e) =>
        $"{e.EventType} / {e.SubEventType}, {EventMatcher.FormatInterval(e.Date)}, {e.Location ?? e.Admin1 ?? "?"} ({e.Country})";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
