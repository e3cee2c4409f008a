namespace Sitrep.Evaluation.Scoring;

/// <summary>Whether one field of a paired prediction agrees with the gold, with both values as printed.</summary>
public sealed record FieldCheck(string Field, bool Agrees, string Predicted, string Gold);
