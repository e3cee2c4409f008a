using System.Text.Json.Serialization;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Time;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimexType>))]
public enum TimexType
{
    /// <summary>A calendar date or period: "10 January 2022", "last week", "2025".</summary>
    DATE,
    /// <summary>A time of day, possibly with its date: "Sunday night", "3 p.m.".</summary>
    TIME,
    /// <summary>A length of time: "three-and-a-half years" (P3Y6M).</summary>
    DURATION,
    /// <summary>A recurrence: "every Friday" (XXXX-WXX-5), "daily" (P1D).</summary>
    SET,
}

/// <summary>
/// A temporal expression normalised against the publication date: its TIMEX3 type and value
/// (ISO-TimeML: 2025-06-04, 2025-W23, 2025-05, P3Y6M, PAST_REF, XXXX-WXX-3, or an ISO interval
/// 2024-07-25/2024-07-27 for explicit ranges), the calendar interval it resolves to (inclusive;
/// null where it cannot be resolved, e.g. relative expressions without a publication date, or
/// durations), and how precisely that interval dates it.
/// </summary>
public sealed record TimeMention(Span Span, TimexType Type, string Value, DateOnly? Start, DateOnly? End, DatePrecision? Precision) : ISpanned;
