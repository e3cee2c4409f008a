namespace Sitrep.Geo;

/// <summary>What sort of place a gazetteer entry is; decides the precision a bare mention of it gets.</summary>
public enum PlaceKind
{
    /// <summary>A populated place: city, town or village.</summary>
    City,
    /// <summary>A second-level administrative area (district, county, cercle, LGA).</summary>
    Admin2,
    /// <summary>A first-level administrative area (state, region, province).</summary>
    Admin1,
    Country,
}
