namespace Sitrep.Evaluation.Matching;

/// <summary>Why a prediction and a gold event are not the same event (one per failed matching condition).</summary>
public enum MismatchKind
{
    WrongType,
    DateOff,
    DifferentCountry,
    PlaceTooFar,
    PlaceDiffers,
    NoCommonActor,

    /// <summary>The two would match, but one-to-one pairing gave one of them to another event.</summary>
    AlreadyPaired,
}
