namespace Sitrep.Evaluation.Scoring;

/// <summary>On how many paired events one field agrees with the gold.</summary>
public sealed record FieldScore(string Field, int Agree, int Total)
{
    /// <summary>The share that agrees, or null when no events were paired.</summary>
    public double? Rate => Total == 0 ? null : (double)Agree / Total;
}
