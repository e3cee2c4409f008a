using System.Text.Json.Serialization;
using Sitrep.Documents;

namespace Sitrep.Numbers;

/// <summary>How the text qualifies a number, which decides how it maps to low/best/high.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuantityKind>))]
public enum QuantityKind
{
    /// <summary>"73": low = best = high.</summary>
    [JsonStringEnumMemberName("exact")] Exact,
    /// <summary>"at least 12": low = best = 12, high unknown.</summary>
    [JsonStringEnumMemberName("at-least")] AtLeast,
    /// <summary>"more than 100": low = best = 100, high unknown (ACLED's conservative reading).</summary>
    [JsonStringEnumMemberName("more-than")] MoreThan,
    /// <summary>"up to 100": high = 100 only.</summary>
    [JsonStringEnumMemberName("up-to")] UpTo,
    /// <summary>"nearly 800": best = high = 800, low unknown.</summary>
    [JsonStringEnumMemberName("nearly")] Nearly,
    /// <summary>"about 50": best = 50 only.</summary>
    [JsonStringEnumMemberName("approximately")] Approximately,
    /// <summary>"between 16 and 25": low = best = 16, high = 25.</summary>
    [JsonStringEnumMemberName("range")] Range,
    /// <summary>"dozens": ACLED's number for the word as low and best, high unknown.</summary>
    [JsonStringEnumMemberName("vague")] Vague,
}

/// <summary>
/// A count in the text ("more than 100 soldiers") read as a numeric range under ACLED's
/// conventions, with the noun it counts when that noun follows directly.
/// </summary>
public sealed record QuantityMention(Span Span, long? Low, long? Best, long? High, QuantityKind Kind, string? Noun) : ISpanned;
