using System.Runtime.InteropServices;

namespace Sitrep.Geo.Storage;

/// <summary>
/// A gazetteer entry as gazetteer.bin stores it: numbers inline, strings as positions in the
/// file's string table (-1 for none). Fixed layout, 64 bytes, written and read as raw memory.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
internal readonly record struct EntryRecord(
    long GeonamesId,
    double Latitude,
    double Longitude,
    long Population,
    int Id,
    int Name,
    int AsciiName,
    int CountryIso3,
    int Admin1,
    int Admin2,
    int FeatureCode,
    int Kind)
{
    /// <summary>Stands for an entry without a GeoNames id.</summary>
    public const long NoGeonamesId = long.MinValue;
}
