namespace Sitrep.Actors;

/// <summary>A period of one government of a country, labelled as ACLED labels state actors: "2021-", "1990-2021".</summary>
public sealed record RegimePeriod(string Country, string Label, DateOnly Start, DateOnly? End, string Leader)
{
    public bool Contains(DateOnly date) => date >= Start && (End is null || date < End);
}
