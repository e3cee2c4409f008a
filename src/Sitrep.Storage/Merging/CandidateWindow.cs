namespace Sitrep.Storage.Merging;

/// <summary>
/// The reports a store must compare a new one with: same country (upper-case ISO3), start date in
/// [<see cref="StartFrom"/>, <see cref="StartTo"/>] and end date on or after <see cref="EndFrom"/>.
/// </summary>
public sealed record CandidateWindow(string Country, DateOnly StartFrom, DateOnly StartTo, DateOnly EndFrom);
