using System.Globalization;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>
/// Parses one query-string value. Each method returns the value, or sets <see cref="Error"/> to a
/// message and returns the default, so a binder can stop at the first bad parameter and name it.
/// </summary>
internal sealed class ParameterParser
{
    public string? Error { get; private set; }
    public string? ErrorParameter { get; private set; }

    public bool Failed => Error is not null;

    public DateOnly? Date(string name, string? value)
    {
        if (value is null || Failed) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)) return date;
        return Fail<DateOnly?>(name, $"'{value}' is not a date in the form YYYY-MM-DD", null);
    }

    public int? Integer(string name, string? value, int min, int max)
    {
        if (value is null || Failed) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= min && number <= max) return number;
        return Fail<int?>(name, $"must be a whole number in {min}..{max} (was '{value}')", null);
    }

    /// <summary>A box as "west,south,east,north" (the GeoJSON bbox order).</summary>
    public GeoBox? Box(string name, string? value)
    {
        if (value is null || Failed) return null;
        double[]? parts = Numbers(value, 4);
        if (parts is null) return Fail<GeoBox?>(name, $"must be west,south,east,north in degrees (was '{value}')", null);
        var box = new GeoBox(parts[0], parts[1], parts[2], parts[3]);
        return box.Check() is string problem ? Fail<GeoBox?>(name, problem, null) : box;
    }

    /// <summary>A circle as "lat,lon,km".</summary>
    public GeoCircle? Circle(string name, string? value)
    {
        if (value is null || Failed) return null;
        double[]? parts = Numbers(value, 3);
        if (parts is null || parts[0] is < -90 or > 90 || parts[1] is < -180 or > 180)
            return Fail<GeoCircle?>(name, $"must be lat,lon,km with a latitude in [-90, 90] and a longitude in [-180, 180] (was '{value}')", null);
        var circle = new GeoCircle(new GeoPoint(parts[0], parts[1]), parts[2]);
        return circle.Check() is string problem ? Fail<GeoCircle?>(name, problem, null) : circle;
    }

    public T? Choice<T>(string name, string? value, IReadOnlyDictionary<string, T> choices) where T : struct
    {
        if (value is null || Failed) return null;
        if (choices.TryGetValue(value, out T choice)) return choice;
        return Fail<T?>(name, $"must be one of {string.Join(", ", choices.Keys)} (was '{value}')", null);
    }

    public T? Reference<T>(string name, string? value, IReadOnlyDictionary<string, T> choices) where T : class
    {
        if (value is null || Failed) return null;
        if (choices.TryGetValue(value, out T? choice)) return choice;
        return Fail<T?>(name, $"must be one of {string.Join(", ", choices.Keys)} (was '{value}')", null);
    }

    public void Reject(string name, string message)
    {
        if (!Failed) Fail<object?>(name, message, null);
    }

    private static double[]? Numbers(string value, int count)
    {
        string[] parts = value.Split(',');
        if (parts.Length != count) return null;
        var numbers = new double[count];
        for (int i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
                return null;
        }
        return numbers;
    }

    private T Fail<T>(string name, string message, T fallback)
    {
        Error = message;
        ErrorParameter = name;
        return fallback;
    }
}
