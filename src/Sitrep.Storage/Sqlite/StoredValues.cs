using System.Globalization;
using Sitrep.Events;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// How enum values and dates are spelled in the store. Spelled out rather than derived from enum
/// names so renaming a C# member never changes what existing stores mean.
/// </summary>
internal static class StoredValues
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown date precision."),
    };

    public static DatePrecision ParseDatePrecision(string text) => text switch
    {
        "day" => DatePrecision.Day,
        "week" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        "year" => DatePrecision.Year,
        "range" => DatePrecision.Range,
        _ => throw Corrupt("date_precision", text),
    };

    public static string Of(GeoPrecision precision) => precision switch
    {
        GeoPrecision.Exact => "exact",
        GeoPrecision.Near => "near",
        GeoPrecision.Admin2 => "admin2",
        GeoPrecision.Admin1 => "admin1",
        GeoPrecision.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown geo precision."),
    };

    public static GeoPrecision ParseGeoPrecision(string text) => text switch
    {
        "exact" => GeoPrecision.Exact,
        "near" => GeoPrecision.Near,
        "admin2" => GeoPrecision.Admin2,
        "admin1" => GeoPrecision.Admin1,
        "country" => GeoPrecision.Country,
        _ => throw Corrupt("geo_precision", text),
    };

    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.Responsibility => "responsibility",
        ClaimKind.Fatalities => "fatalities",
        ClaimKind.Occurrence => "occurrence",
        ClaimKind.Denial => "denial",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown claim kind."),
    };

    public static ClaimKind ParseClaimKind(string text) => text switch
    {
        "responsibility" => ClaimKind.Responsibility,
        "fatalities" => ClaimKind.Fatalities,
        "occurrence" => ClaimKind.Occurrence,
        "denial" => ClaimKind.Denial,
        _ => throw Corrupt("claims.what", text),
    };

    /// <summary>Folds case the same way for stored search columns and for query strings.</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    // The CHECK constraints keep these values out, so meeting one means the file was edited by hand.
    private static InvalidDataException Corrupt(string column, string value) =>
        new($"The store holds '{value}' in {column}, which this version of Sitrep does not know.");
}
