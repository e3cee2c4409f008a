using System.Collections;
using System.Reflection;

namespace Sitrep.Storage.Tests.Support;

/// <summary>
/// Deep equality over public properties, comparing sequences element by element. Records holding
/// ImmutableArrays compare arrays by reference, so a value read back from the store is never
/// record-equal to the one written; this walks every property instead, new ones included.
/// </summary>
public static class Structural
{
    public static void AssertEqual(object? expected, object? actual, string path = "value")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }
        Type type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: expected a {type.Name}, got a {actual.GetType().Name}");
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or DateOnly or DateTimeOffset or DateTime)
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }
        if (expected is IEnumerable expectedItems)
        {
            object?[] e = [.. Items(expectedItems)];
            object?[] a = [.. Items((IEnumerable)actual)];
            Assert.True(e.Length == a.Length, $"{path}: expected {e.Length} items, got {a.Length}");
            for (int i = 0; i < e.Length; i++) AssertEqual(e[i], a[i], $"{path}[{i}]");
            return;
        }
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            AssertEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    // A default ImmutableArray throws when enumerated; it means the same as an empty one here.
    private static IEnumerable<object?> Items(IEnumerable items)
    {
        if (items.GetType().GetProperty("IsDefault")?.GetValue(items) is true) yield break;
        foreach (object? item in items) yield return item;
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
