using System.Collections.Immutable;

namespace Sitrep.Events;

/// <summary>Who asserts what about an event, where the text attributes it ("militants say", "according to").</summary>
public sealed record Claim(ImmutableArray<string> By, ClaimKind What);
