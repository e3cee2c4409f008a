using System.Collections.Immutable;

namespace Sitrep.Storage.Merging;

/// <summary>
/// One incident reconciled from its reports: the event to store and show (its id, span, evidence
/// and <see cref="StoredEvent.DocumentId"/> are the founding report's), every claim with the
/// document that made it, and the member reports in <see cref="ReportOrder"/>.
/// </summary>
public sealed record MergedIncident(StoredEvent Incident, ImmutableArray<AttributedClaim> Claims, ImmutableArray<StoredEvent> Reports);
