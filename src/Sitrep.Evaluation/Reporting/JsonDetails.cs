using System.Text.Json;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Reporting;

/// <summary>The per-document pairs, false positives and false negatives of the detailed JSON.</summary>
internal static class JsonDetails
{
    public static void Write(Utf8JsonWriter json, DocumentEvaluation document)
    {
        json.WriteStartArray("pairs");
        foreach (PairedEvent pair in document.Pairs)
        {
            json.WriteStartObject();
            json.WriteString("gold", pair.Gold.Id);
            json.WriteString("predicted", pair.Predicted.Id);
            json.WriteBoolean("required", pair.Gold.Required);
            json.WriteBoolean("background_coded_as_new", pair.IsBackgroundCodedAsNew);
            json.WriteStartArray("disagreements");
            foreach (FieldCheck check in pair.Fields.Where(c => !c.Agrees))
            {
                json.WriteStartObject();
                json.WriteString("field", check.Field);
                json.WriteString("predicted", check.Predicted);
                json.WriteString("gold", check.Gold);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("false_positives");
        foreach (FalsePositive miss in document.FalsePositives)
            WriteMiss(json, miss.Predicted.Id, miss.Evidence, miss.Nearest);
        json.WriteEndArray();

        json.WriteStartArray("false_negatives");
        foreach (FalseNegative miss in document.FalseNegatives)
            WriteMiss(json, miss.Gold.Id, miss.Gold.Evidence, miss.Nearest);
        json.WriteEndArray();
    }

    private static void WriteMiss(Utf8JsonWriter json, string id, string evidence, NearestCandidate? nearest)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("evidence", evidence);
        if (nearest is null)
        {
            json.WriteNull("nearest");
            json.WriteString("reason", "nothing to pair with");
        }
        else
        {
            json.WriteString("nearest", nearest.Id);
            json.WriteString("reason", nearest.Reason);
        }
        json.WriteEndObject();
    }
}
