using System.Collections.Immutable;
using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Scoring;

/// <summary>A prediction paired with a gold event, and how each of its fields agrees.</summary>
public sealed record PairedEvent(GoldEvent Gold, ConflictEvent Predicted, ImmutableArray<FieldCheck> Fields)
{
    /// <summary>A true positive; a pair with optional gold counts neither way.</summary>
    public bool IsTruePositive => Gold.Required;

    /// <summary>Past context the system reported as a new event.</summary>
    public bool IsBackgroundCodedAsNew => Gold.Background && !Predicted.Background;
}
