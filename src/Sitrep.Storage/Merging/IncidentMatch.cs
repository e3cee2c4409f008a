namespace Sitrep.Storage.Merging;

/// <summary>Whether two reports describe the same incident, and if not, the first test that failed.</summary>
public enum IncidentMatch
{
    Same,
    /// <summary>Both reports come from one document; the extractor already kept them apart.</summary>
    SameDocument,
    DifferentFamily,
    DifferentCountry,
    DifferentDate,
    /// <summary>At least one date interval is too wide (a season, a year) to say which incident it is.</summary>
    DateTooVague,
    TooFar,
    DifferentActors,
    DifferentTolls,
}
