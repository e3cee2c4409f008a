using System.Collections.Immutable;

namespace Sitrep.Actors;

/// <summary>A dated fact linking two actors: "Africa Corps succeeds Wagner Group in Mali from 2025-06-06".</summary>
public sealed record ActorRelation(string Subject, string Kind, string Object, string? Country, DateRange Period, string? Note)
{
    public const string CreatedBy = "created-by";
    public const string Succeeds = "succeeds";
    public const string MemberOf = "member-of";
    public const string SplinterOf = "splinter-of";
    public const string MergedInto = "merged-into";
    public const string AffiliateOf = "affiliate-of";
    public const string PartOf = "part-of";
    public const string AlliedWith = "allied-with";
    public const string ControlsState = "controls-state";

    public static ImmutableArray<string> Kinds { get; } =
        [CreatedBy, Succeeds, MemberOf, SplinterOf, MergedInto, AffiliateOf, PartOf, AlliedWith, ControlsState];

    /// <summary>True when the relation holds on the date in the country (null matches any).</summary>
    public bool HoldsOn(DateOnly? date, string? country) =>
        Period.Contains(date) && (Country is null || country is null || Country == country);
}
