using System.Globalization;
using System.Runtime.CompilerServices;
using NetTopologySuite.Geometries;

namespace Sitrep.Geo;

/// <summary>
/// Parses the two WKT shapes shapes.tsv holds (POLYGON and MULTIPOLYGON). NTS's general WKTReader
/// costs a third of a second on the 50m country file; this reads it in a few milliseconds.
/// </summary>
internal static class PolygonText
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>The geometry, or null with a reason when the text is not a polygon or multipolygon.</summary>
    public static Geometry? Parse(ReadOnlySpan<char> wkt, out string? error)
    {
        error = null;
        int position;
        bool multi;
        if (wkt.StartsWith("MULTIPOLYGON(")) { multi = true; position = "MULTIPOLYGON".Length; }
        else if (wkt.StartsWith("POLYGON(")) { multi = false; position = "POLYGON".Length; }
        else { error = "expected POLYGON(...) or MULTIPOLYGON(...)"; return null; }
        var polygons = new List<Polygon>();
        if (multi)
        {
            if (!Expect(wkt, ref position, '(')) { error = "missing '('"; return null; }
            do
            {
                Polygon? polygon = ReadPolygon(wkt, ref position, out error);
                if (polygon is null) return null;
                polygons.Add(polygon);
            }
            while (Expect(wkt, ref position, ','));
            if (!Expect(wkt, ref position, ')')) { error = $"expected ')' at {position}"; return null; }
        }
        else
        {
            Polygon? polygon = ReadPolygon(wkt, ref position, out error);
            if (polygon is null) return null;
            polygons.Add(polygon);
        }
        if (position != wkt.Length) { error = $"unexpected text at {position}"; return null; }
        return multi ? Factory.CreateMultiPolygon([.. polygons]) : polygons[0];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Polygon? ReadPolygon(ReadOnlySpan<char> wkt, ref int position, out string? error)
    {
        error = null;
        if (!Expect(wkt, ref position, '(')) { error = $"expected '(' at {position}"; return null; }
        var rings = new List<LinearRing>();
        do
        {
            if (!Expect(wkt, ref position, '(')) { error = $"expected '(' at {position}"; return null; }
            var coordinates = new List<Coordinate>();
            do
            {
                if (!ReadNumber(wkt, ref position, ' ', out double x) || !ReadNumber(wkt, ref position, null, out double y))
                {
                    error = $"bad coordinate at {position}";
                    return null;
                }
                coordinates.Add(new Coordinate(x, y));
            }
            while (Expect(wkt, ref position, ','));
            if (!Expect(wkt, ref position, ')')) { error = $"expected ')' at {position}"; return null; }
            if (coordinates.Count < 4 || !coordinates[0].Equals2D(coordinates[^1])) { error = "a ring must have 4 or more points and be closed"; return null; }
            rings.Add(Factory.CreateLinearRing([.. coordinates]));
        }
        while (Expect(wkt, ref position, ','));
        if (!Expect(wkt, ref position, ')')) { error = $"expected ')' at {position}"; return null; }
        return Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
    }

    private static bool Expect(ReadOnlySpan<char> wkt, ref int position, char c)
    {
        if (position < wkt.Length && wkt[position] == c)
        {
            position++;
            return true;
        }
        return false;
    }

    private static bool ReadNumber(ReadOnlySpan<char> wkt, ref int position, char? terminator, out double value)
    {
        int start = position;
        while (position < wkt.Length && wkt[position] is (>= '0' and <= '9') or '-' or '.' or 'e' or 'E' or '+') position++;
        bool ok = double.TryParse(wkt[start..position], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        return ok && (terminator is not char t || Expect(wkt, ref position, t));
    }
}
