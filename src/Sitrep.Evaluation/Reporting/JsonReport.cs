using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Reporting;

internal static class JsonReport
{
    public static void Write(EvaluationReport report, TextWriter writer, bool includeDetails)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteScores(json, report.Totals, report.BackgroundCodedAsNew);
            json.WriteStartObject("fields");
            foreach (FieldScore field in report.Fields.Scores)
            {
                json.WriteStartObject(field.Field);
                json.WriteNumber("agree", field.Agree);
                json.WriteNumber("total", field.Total);
                if (field.Rate is double rate) json.WriteNumber("rate", Round(rate));
                else json.WriteNull("rate");
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartArray("documents");
            foreach (DocumentEvaluation document in report.Documents)
            {
                json.WriteStartObject();
                json.WriteString("doc", document.Doc);
                WriteScores(json, document.Score, document.BackgroundCodedAsNew);
                if (includeDetails) JsonDetails.Write(json, document);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteScores(Utf8JsonWriter json, PrecisionRecall score, int backgroundAsNew)
    {
        json.WriteNumber("precision", Round(score.Precision));
        json.WriteNumber("recall", Round(score.Recall));
        json.WriteNumber("f1", Round(score.F1));
        json.WriteNumber("tp", score.TruePositives);
        json.WriteNumber("fp", score.FalsePositives);
        json.WriteNumber("fn", score.FalseNegatives);
        json.WriteNumber("background_coded_as_new", backgroundAsNew);
    }

    /// <summary>Four decimals keep the output readable and stable; the floor check uses the unrounded score.</summary>
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
