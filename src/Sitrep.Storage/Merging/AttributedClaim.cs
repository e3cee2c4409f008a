using Sitrep.Events;

namespace Sitrep.Storage.Merging;

/// <summary>A claim on a merged incident with the document that reports it.</summary>
public sealed record AttributedClaim(Claim Claim, string DocumentId);
