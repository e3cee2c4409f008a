namespace Sitrep.Events.Export;

/// <summary>A country as ACLED codes it: ISO 3166-1 numeric (0 for Kosovo), ACLED's spelling of its name, and its ACLED region.</summary>
public sealed record AcledCountry(string Iso3, int IsoNumeric, string Name, string Region);
