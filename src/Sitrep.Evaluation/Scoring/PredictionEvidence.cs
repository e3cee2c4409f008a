using Sitrep.Events;

namespace Sitrep.Evaluation.Scoring;

/// <summary>
/// The text that states a predicted event, for reports. Predictions carry spans into their
/// document, which the scorer does not see, so the text comes from the event's evidence:
/// the "event" evidence when there is one, otherwise all of it.
/// </summary>
public static class PredictionEvidence
{
    public const string EventField = "event";

    public static string Text(ConflictEvent predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        if (predicted.Evidence.IsDefaultOrEmpty) return $"(no evidence text; span {predicted.Span})";
        Evidence? main = predicted.Evidence.FirstOrDefault(e => string.Equals(e.Field, EventField, StringComparison.OrdinalIgnoreCase));
        return main?.Text ?? string.Join(" … ", predicted.Evidence.Select(e => e.Text).Distinct(StringComparer.Ordinal));
    }
}
