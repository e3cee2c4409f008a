using System.Collections.Immutable;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>
/// Natural Earth country polygons with a point-in-area index per shape. The indexed locator is
/// used rather than <c>Geometry.Contains</c> because some of the polygons are invalid (self-touching
/// rings), which makes the topological predicates throw or lie.
/// </summary>
public sealed class CountryShapes
{
    private readonly ImmutableArray<Shape> _shapes;

    private CountryShapes(ImmutableArray<Shape> shapes) => _shapes = shapes;

    public static CountryShapes Empty { get; } = new([]);

    public int Count => _shapes.Length;

    public string? CountryAt(GeoPoint point)
    {
        var coordinate = new Coordinate(point.Longitude, point.Latitude);
        foreach (Shape shape in _shapes)
        {
            if (!shape.Envelope.Contains(coordinate)) continue;
            if (shape.Locator.Locate(coordinate) != Location.Exterior) return shape.Iso3;
        }
        return null;
    }

    internal static CountryShapes Load(string path, List<Problem> problems)
    {
        var shapes = ImmutableArray.CreateBuilder<Shape>();
        TsvDataFile.ForEachLine(path, "shapes", ["iso3", "name", "wkt"], problems, (in TsvFields line) =>
        {
            if (line[0].Length != 3)
            {
                problems.Add(TsvDataFile.Bad(path, line.Line, $"'{line[0]}' is not an ISO3 code"));
                return;
            }
            Geometry? geometry = PolygonText.Parse(line[2], out string? error);
            if (geometry is null)
            {
                problems.Add(TsvDataFile.Bad(path, line.Line, $"unreadable polygon: {error}"));
                return;
            }
            shapes.Add(new Shape(line.String(0), geometry.EnvelopeInternal, new IndexedPointInAreaLocator(geometry)));
        });
        return new CountryShapes(shapes.ToImmutable());
    }

    private sealed record Shape(string Iso3, Envelope Envelope, IndexedPointInAreaLocator Locator);
}
