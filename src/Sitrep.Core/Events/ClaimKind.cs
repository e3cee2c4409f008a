namespace Sitrep.Events;

/// <summary>What a claim asserts (GUIDELINES.md).</summary>
public enum ClaimKind
{
    Responsibility,
    Fatalities,
    Occurrence,
    Denial,
}
