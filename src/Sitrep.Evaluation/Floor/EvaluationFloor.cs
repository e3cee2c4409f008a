using System.Globalization;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Evaluation.Reporting;

namespace Sitrep.Evaluation.Floor;

/// <summary>
/// The regression guard's floor, committed as <c>eval/floor.json</c>
/// (<c>{"f1": 0.42, "note": "why this value"}</c>): CI fails when the dev F1 drops below it.
/// Raise it whenever the score rises.
/// </summary>
public sealed record EvaluationFloor
{
    public EvaluationFloor(double f1, string? note = null)
    {
        if (double.IsNaN(f1) || f1 is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(f1), f1, "The F1 floor must lie in [0, 1].");
        F1 = f1;
        Note = note;
    }

    public double F1 { get; }
    public string? Note { get; }

    /// <summary>
    /// Compares the report's F1, rounded to the four decimals the reports print, with the floor,
    /// so a floor copied from printed output is met by the run it was copied from.
    /// </summary>
    public FloorCheck Check(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        double f1 = Math.Round(report.F1, 4, MidpointRounding.AwayFromZero);
        return new FloorCheck(f1, F1, f1 < F1);
    }

    public static FloorReadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return FloorReadResult.Fail(new Problem(ErrorCodes.FileNotFound, path, "The floor file does not exist."));
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (IOException e)
        {
            return FloorReadResult.Fail(new Problem(ErrorCodes.ReadFailed, path, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            return FloorReadResult.Fail(new Problem(ErrorCodes.AccessDenied, path, e.Message));
        }
    }

    public static FloorReadResult Parse(string json, string subject)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(subject);
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("f1", out JsonElement f1) || f1.ValueKind != JsonValueKind.Number)
                return FloorReadResult.Fail(new Problem(ErrorCodes.MalformedFloor, subject, "Expected an object with a number field 'f1'."));
            double value = f1.GetDouble();
            if (double.IsNaN(value) || value is < 0 or > 1)
                return FloorReadResult.Fail(new Problem(ErrorCodes.MalformedFloor, subject, string.Create(CultureInfo.InvariantCulture, $"'f1' is {value}, outside [0, 1].")));
            string? note = root.TryGetProperty("note", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return new FloorReadResult(new EvaluationFloor(value, note), []);
        }
        catch (JsonException e)
        {
            return FloorReadResult.Fail(new Problem(ErrorCodes.MalformedFloor, subject, $"Not valid JSON: {e.Message}") { Line = e.LineNumber is long line ? (int)line + 1 : null });
        }
    }
}
